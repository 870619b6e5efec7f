using System.CommandLine;
using RuLatAm.Claims.Tagging;
using RuLatAm.Claims.Training.Tagging;

namespace RuLatAm.Claims.Training.Commands;

/// <summary>`train-lemmatizer`: builds the lemmatizer from EWT train and scores it on dev with the trained tagger.</summary>
internal static class TrainLemmatizerCommand
{
    public static Command Create()
    {
        var data = TaggingOptions.Data();
        var models = TaggingOptions.Models();
        var evaluator = TaggingOptions.Evaluator();
        var seed = TaggingOptions.Seed();
        var minTypes = new Option<int>("--min-types") { Description = "An edit becomes a class when this many word types use it.", DefaultValueFactory = _ => 2 };
        var l1 = new Option<float>("--l1") { Description = "L1 penalty.", DefaultValueFactory = _ => 0.5f };
        var l2 = new Option<float>("--l2") { Description = "L2 penalty.", DefaultValueFactory = _ => 0.5f };
        var iterations = new Option<int>("--iterations") { Description = "L-BFGS iteration limit.", DefaultValueFactory = _ => 300 };
        var lexiconMargin = new Option<float>("--lexicon-margin")
        {
            Description = "How far below the best edit's score an edit giving a known lemma may be and still win.",
            DefaultValueFactory = _ => 2f,
        };
        var command = new Command("train-lemmatizer", $"Build the lemmatizer ({LemmaModel.FileName}) from UD English EWT and score it on dev; needs the trained tagger.")
        {
            data, models, evaluator, seed, minTypes, l1, l2, iterations, lexiconMargin,
        };
        command.SetAction((result, ct) => CommandRunner.RunAsync(_ => Task.FromResult(Run(
            result.GetValue(data)!, result.GetValue(models)!, result.GetValue(evaluator)!, result.GetValue(seed),
            result.GetValue(minTypes), result.GetValue(l1), result.GetValue(l2), result.GetValue(iterations),
            result.GetValue(lexiconMargin))), ct));
        return command;
    }

    private static int Run(DirectoryInfo data, DirectoryInfo models, FileInfo evaluator, int seed, int minTypes, float l1, float l2, int iterations, float lexiconMargin)
    {
        var tagger = TaggingModels.Tagger(models.FullName)
            ?? throw new InvalidOperationException($"No {TaggerModel.FileName} in '{models.FullName}': run train-tagger first.");
        var train = TreebankReader.Read(TaggingOptions.TrainFile(data));
        var dev = TreebankReader.Read(TaggingOptions.DevFile(data));
        var bytes = new LemmaTrainer(seed, minTypes, l1, l2, iterations, lexiconMargin, Console.Out).Train(train);
        models.Create();
        File.WriteAllBytes(Path.Combine(models.FullName, LemmaModel.FileName), bytes);
        var lemmatizer = new Lemmatizer(LemmaTrainer.Load(bytes));
        ReportGoldTags(dev, lemmatizer);
        var figures = TaggingEvaluation.Score(TaggingOptions.DevFile(data), dev, tagger, lemmatizer, evaluator.FullName);
        Console.WriteLine($"{LemmaModel.FileName}: {bytes.Length:N0} bytes");
        Console.WriteLine(figures);
        var settings = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["minTypes"] = minTypes, ["l1"] = l1, ["l2"] = l2, ["iterations"] = iterations, ["lexiconMargin"] = lexiconMargin, ["tagger"] = TaggerModel.FileName,
        };
        var command = $"dotnet run -c Release --project tools/RuLatAm.Claims.Training -- train-lemmatizer --seed {seed} --min-types {minTypes} --l1 {l1} --l2 {l2} --iterations {iterations} --lexicon-margin {lexiconMargin}";
        ScoreFile.Write(Path.Combine(models.FullName, "lemmatizer.score.json"), LemmaModel.FileName, bytes, command, seed, settings, figures);
        return 0;
    }

    // With gold tags, split by whether the table knows the form: the classifier's own accuracy shows on the unknown ones.
    private static void ReportGoldTags(IReadOnlyList<TreebankSentence> dev, Lemmatizer lemmatizer)
    {
        int words = 0, right = 0;
        foreach (var sentence in dev)
        {
            for (var i = 0; i < sentence.Count; i++)
            {
                words++;
                right += lemmatizer.Lemmatize(sentence.Words[i], sentence.Upos[i], sentence.Xpos[i]) == sentence.Lemmas[i] ? 1 : 0;
            }
        }

        Console.WriteLine($"dev lemmas with gold tags: {100.0 * right / words:F2}");
    }
}
