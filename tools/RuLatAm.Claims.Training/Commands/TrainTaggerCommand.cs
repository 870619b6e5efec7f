using System.CommandLine;
using RuLatAm.Claims.Tagging;
using RuLatAm.Claims.Training.Tagging;

namespace RuLatAm.Claims.Training.Commands;

/// <summary>`train-tagger`: trains the two-pass POS tagger on EWT train and scores it on dev.</summary>
internal static class TrainTaggerCommand
{
    public static Command Create()
    {
        var data = TaggingOptions.Data();
        var models = TaggingOptions.Models();
        var evaluator = TaggingOptions.Evaluator();
        var seed = TaggingOptions.Seed();
        var folds = new Option<int>("--folds") { Description = "Folds of held-out first-pass tags for the second pass (0: first pass only).", DefaultValueFactory = _ => 5 };
        var minCount = new Option<int>("--min-count") { Description = "Leave out features seen fewer times in training.", DefaultValueFactory = _ => 2 };
        var l1 = new Option<float>("--l1") { Description = "L1 penalty.", DefaultValueFactory = _ => 1f };
        var l2 = new Option<float>("--l2") { Description = "L2 penalty.", DefaultValueFactory = _ => 1f };
        var iterations = new Option<int>("--iterations") { Description = "L-BFGS iteration limit.", DefaultValueFactory = _ => 200 };
        var sdca = new Option<bool>("--sdca") { Description = "Train with SDCA (few passes) instead of L-BFGS; --iterations then counts passes." };
        var threshold = new Option<float>("--threshold") { Description = "Drop exported weights smaller than this.", DefaultValueFactory = _ => 0.01f };
        var command = new Command("train-tagger", $"Train the POS tagger ({TaggerModel.FileName}) on UD English EWT and score it on dev.")
        {
            data, models, evaluator, seed, folds, minCount, l1, l2, iterations, threshold, sdca,
        };
        command.SetAction((result, ct) => CommandRunner.RunAsync(_ =>
        {
            var options = new TaggerTrainingOptions(result.GetValue(seed), result.GetValue(folds), result.GetValue(minCount),
                result.GetValue(l1), result.GetValue(l2), result.GetValue(iterations), result.GetValue(threshold), result.GetValue(sdca));
            return Task.FromResult(Run(result.GetValue(data)!, result.GetValue(models)!, result.GetValue(evaluator)!, options));
        }, ct));
        return command;
    }

    private static int Run(DirectoryInfo data, DirectoryInfo models, FileInfo evaluator, TaggerTrainingOptions options)
    {
        var train = TreebankReader.Read(TaggingOptions.TrainFile(data));
        var dev = TreebankReader.Read(TaggingOptions.DevFile(data));
        var bytes = new TaggerTrainer(options, Console.Out).Train(train);
        models.Create();
        File.WriteAllBytes(Path.Combine(models.FullName, TaggerModel.FileName), bytes);
        var tagger = new PosTagger(TaggerTrainer.Load(bytes));
        var figures = TaggingEvaluation.Score(TaggingOptions.DevFile(data), dev, tagger, TaggingModels.Lemmatizer(models.FullName), evaluator.FullName);
        Console.WriteLine($"{TaggerModel.FileName}: {bytes.Length:N0} bytes");
        Console.WriteLine(figures);
        var settings = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["folds"] = options.Folds, ["minCount"] = options.MinCount, ["l1"] = options.L1, ["l2"] = options.L2,
            ["iterations"] = options.Iterations, ["threshold"] = options.Threshold, ["trainer"] = options.Sdca ? "SdcaMaximumEntropy" : "LbfgsMaximumEntropy",
        };
        var command = $"dotnet run -c Release --project tools/RuLatAm.Claims.Training -- train-tagger --seed {options.Seed} --folds {options.Folds} " +
            $"--min-count {options.MinCount} --l1 {options.L1} --l2 {options.L2} --iterations {options.Iterations} --threshold {options.Threshold}" + (options.Sdca ? " --sdca" : "");
        ScoreFile.Write(Path.Combine(models.FullName, "pos-tagger.score.json"), TaggerModel.FileName, bytes, command, options.Seed, settings, figures);
        return 0;
    }
}
