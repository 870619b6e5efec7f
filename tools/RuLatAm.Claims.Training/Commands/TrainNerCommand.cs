using System.CommandLine;
using System.Globalization;
using RuLatAm.Claims.Entities;
using RuLatAm.Claims.Training.Ner;

namespace RuLatAm.Claims.Training.Commands;

/// <summary>`train-ner`: trains the entity recognizer on UNER English EWT train, scores it on dev, writes Resources/ner.bin and ner.score.json.</summary>
internal static class TrainNerCommand
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo?>("--data") { Description = "Folder holding en_ewt-ud-train.iob2 and en_ewt-ud-dev.iob2 (default: ../shared/data/uner-english-ewt).", HelpName = "DIR" };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Folder for ner.bin and ner.score.json (default: src/RuLatAm.Claims/Resources).", HelpName = "DIR" };
        var seed = new Option<int>("--seed") { Description = "Seed.", DefaultValueFactory = _ => 1 };
        var bits = new Option<int>("--bits") { Description = "Log2 of the number of feature buckets.", DefaultValueFactory = _ => 19 };
        var l1 = new Option<float>("--l1") { Description = "L1 regularisation.", DefaultValueFactory = _ => 0.05f };
        var l2 = new Option<float>("--l2") { Description = "L2 regularisation.", DefaultValueFactory = _ => 1f };
        var iterations = new Option<int>("--iterations") { Description = "Most L-BFGS iterations.", DefaultValueFactory = _ => 200 };
        var catalogueRate = new Option<double>("--catalogue-rate") { Description = "Share of gold entities shown to the catalogue feature (0: none).", DefaultValueFactory = _ => 0.3 };
        var command = new Command("train-ner", "Train the PER/ORG/LOC recognizer on UNER English EWT train, report span F1 on dev, write ner.bin and ner.score.json.")
        {
            data, output, seed, bits, l1, l2, iterations, catalogueRate,
        };
        command.SetAction(result =>
        {
            var options = new NerTrainingOptions(result.GetValue(seed), result.GetValue(bits), result.GetValue(l1), result.GetValue(l2), result.GetValue(iterations), result.GetValue(catalogueRate));
            return Run(result.GetValue(data)?.FullName, result.GetValue(output)?.FullName, options);
        });
        return command;
    }

    private static int Run(string? dataFolder, string? outputFolder, NerTrainingOptions options)
    {
        var folder = dataFolder ?? Path.Combine(TrainingPaths.SharedData(), "uner-english-ewt");
        var trainPath = Path.Combine(folder, "en_ewt-ud-train.iob2");
        var devPath = Path.Combine(folder, "en_ewt-ud-dev.iob2");
        var train = NerCorpus.Read(trainPath);
        var dev = NerCorpus.Read(devPath);
        var catalogue = EntityGazetteer.Default;
        Console.WriteLine($"train: {train.Count} sentences; dev: {dev.Count}; catalogue names: {catalogue.Count}");

        var model = NerTrainer.Train(train, catalogue, options, Console.Out);
        var (shift, score) = TuneOutsideShift(model, catalogue, dev);
        Console.WriteLine($"outside shift {shift.ToString(CultureInfo.InvariantCulture)}");
        Console.WriteLine(score.Format());

        var target = outputFolder ?? TrainingPaths.Resources();
        Directory.CreateDirectory(target);
        var modelPath = Path.Combine(target, "ner.bin");
        using (var stream = File.Create(modelPath))
        {
            model.Write(stream);
        }

        var bytes = new FileInfo(modelPath).Length;
        var command = string.Create(
            CultureInfo.InvariantCulture,
            $"nice -n 10 dotnet run -c Release --project tools/RuLatAm.Claims.Training -- train-ner --seed {options.Seed} --bits {options.Bits} --l1 {options.L1} --l2 {options.L2} --iterations {options.Iterations} --catalogue-rate {options.CatalogueRate}");
        NerScoreFile.Write(
            Path.Combine(target, "ner.score.json"),
            command,
            "UNER English EWT train (en_ewt-ud-train.iob2, 2022-12-02 release candidate; OTH read as O)",
            "UNER English EWT dev (en_ewt-ud-dev.iob2)",
            options,
            shift,
            !catalogue.IsEmpty,
            bytes,
            score);
        Console.WriteLine($"wrote {modelPath} ({bytes} bytes)");
        return 0;
    }

    /// <summary>
    /// Lowers the O tag's bias by the amount that gives the best dev F1. A maximum-entropy tagger trained on web
    /// text is shy of names it has not seen; trading a little precision for recall pays.
    /// </summary>
    private static (float Shift, SpanScore Score) TuneOutsideShift(EntityModel model, EntityGazetteer catalogue, List<NerSentence> dev)
    {
        var original = model.Biases[BioTags.Outside];
        var best = (Shift: 0f, Score: NerEvaluator.Score(new EntityRecognizer(model, catalogue), dev));
        for (var step = 1; step <= 12; step++)
        {
            var shift = step * 0.25f;
            model.Biases[BioTags.Outside] = original - shift;
            var score = NerEvaluator.Score(new EntityRecognizer(model, catalogue), dev);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"shift {shift}: F1 {score.Of("overall").F1:0.0000}"));
            if (score.Of("overall").F1 > best.Score.Of("overall").F1)
            {
                best = (shift, score);
            }
        }

        model.Biases[BioTags.Outside] = original - best.Shift;
        return best;
    }
}
