using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using RuLatAm.Claims.Parsing;
using RuLatAm.Claims.Training.Parsing;

namespace RuLatAm.Claims.Training.Commands;

/// <summary>`train-parser`: trains the dependency parser on UD EWT train and writes parser.bin and parser.score.json.</summary>
internal static class TrainParserCommand
{
    private const string TrainFile = "en_ewt-ud-train.conllu";
    private const string DevFile = "en_ewt-ud-dev.conllu";

    public static Command Create()
    {
        var data = new Option<DirectoryInfo?>("--data") { Description = "Folder of the UD English EWT CoNLL-U files (default: ../shared/data/ud-english-ewt, searched upwards).", HelpName = "DIR" };
        var output = new Option<DirectoryInfo?>("--output") { Description = "Where parser.bin and parser.score.json go (default: src/RuLatAm.Claims/Resources, searched upwards).", HelpName = "DIR" };
        var seed = new Option<int>("--seed") { Description = "Seed of ML.NET and of the tag noise.", DefaultValueFactory = _ => 1 };
        var rounds = new Option<int>("--rounds") { Description = "Dynamic-oracle rounds after the static one.", DefaultValueFactory = _ => 2 };
        var limit = new Option<int?>("--limit") { Description = "Train on the first N sentences only, for quick checks.", HelpName = "N" };
        var prune = new Option<float>("--prune") { Description = "Drop final weights smaller than this in magnitude, to keep the model small.", DefaultValueFactory = _ => 0f };
        var trained = new Option<FileInfo?>("--model") { Description = "Skip training: prune and score this parser.bin from an earlier run with the same settings.", HelpName = "FILE" };
        var tags = new Option<FileInfo?>("--tags") { Description = "Train with these tags (train in CoNLL-U, tagged by tag-treebank with jackknifed taggers) instead of noisy gold tags.", HelpName = "FILE" };
        var evaluator = new Option<FileInfo?>("--evaluator") { Description = "conll18_ud_eval.py; when given, the score file gets official dev figures in three settings.", HelpName = "FILE" };
        var command = new Command("train-parser", "Train the dependency parser on UD English EWT with ML.NET and export it for the library.")
        {
            data, output, seed, rounds, evaluator, limit, prune, trained, tags,
        };
        command.SetAction((result, ct) => RunSafely(() => Run(
            result.GetValue(data), result.GetValue(output), result.GetValue(seed), result.GetValue(rounds), result.GetValue(evaluator), result.GetValue(limit),
            result.GetValue(prune), result.GetValue(trained), result.GetValue(tags))));
        return command;
    }

    private static Task<int> RunSafely(Func<int> body)
    {
        try
        {
            return Task.FromResult(body());
        }
        catch (Exception e) when (e is IOException or InvalidDataException or InvalidOperationException or ArgumentException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return Task.FromResult(1);
        }
    }

    private static int Run(DirectoryInfo? dataFolder, DirectoryInfo? outputFolder, int seed, int rounds, FileInfo? evaluator, int? limit, float prune, FileInfo? trained, FileInfo? tags)
    {
        var dataPath = dataFolder?.FullName ?? FindUpwards(Path.Combine("..", "shared", "data", "ud-english-ewt"));
        var outputPath = outputFolder?.FullName ?? FindUpwards(Path.Combine("src", "RuLatAm.Claims", "Resources"));
        var train = ConlluReader.Read(Path.Combine(dataPath, TrainFile));
        if (limit is { } n && n < train.Count)
        {
            train = train[..n];
        }

        var tagged = tags is null ? null : Aligned(ConlluReader.Read(tags.FullName), train);
        var dev = ConlluReader.Read(Path.Combine(dataPath, DevFile));
        Console.WriteLine($"train {train.Count} sentences, dev {dev.Count} sentences");

        var options = new ParserTrainingOptions(
            seed, rounds, TransitionBits: 22, LabelBits: 20,
            Transitions: new LinearTrainerOptions(L2: 1e-5f, L1: 1e-6f, Iterations: 8, Threshold: 2e-3f),
            Labels: new LinearTrainerOptions(L2: 1e-5f, L1: 1e-6f, Iterations: 8, Threshold: 2e-3f),
            AmbiguousNoise: 0.06, RareNoise: 0.1);
        var model = trained is null ? new ParserTrainer(options, Console.Out).Train(train, dev, tagged) : ReadModel(trained.FullName);
        if (prune > 0)
        {
            model = model.Prune(prune);
        }

        using var buffer = new MemoryStream();
        model.Write(buffer);
        var bytes = buffer.ToArray();
        var modelPath = Path.Combine(outputPath, "parser.bin");
        File.WriteAllBytes(modelPath, bytes);

        // Score the model as the library will read it, half-precision weights and all.
        var parser = new DependencyParser(ParserModel.Read(new MemoryStream(bytes)));
        var quick = DevScore.GoldTags(parser, dev);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dev, gold tags: UAS {quick.Uas:F2} LAS {quick.Las:F2}; model {bytes.Length} bytes"));
        ParserScores? official = null;
        if (evaluator is not null)
        {
            var work = Path.Combine(Path.GetTempPath(), "rulatam-parser-eval");
            official = new OfficialEvaluation(evaluator.FullName, Path.Combine(dataPath, DevFile), work).Score(parser, dev);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"official dev UAS/LAS: gold tags {official.GoldTags.Uas:F2}/{official.GoldTags.Las:F2}, predicted tags {official.PredictedTags.Uas:F2}/{official.PredictedTags.Las:F2}, raw text {official.RawText.Uas:F2}/{official.RawText.Las:F2}"));
        }

        WriteScore(Path.Combine(outputPath, "parser.score.json"), options, prune, tags is not null, bytes, quick, official);
        return 0;
    }

    private static void WriteScore(string path, ParserTrainingOptions options, float prune, bool jackknifed, byte[] model, (double Uas, double Las) quick, ParserScores? official)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("model", "parser.bin");
        json.WriteString("kind", "greedy arc-hybrid transition parser; transition and relation models are ML.NET SDCA maximum-entropy over hashed features");
        json.WriteNumber("bytes", model.Length);
        json.WriteString("sha256", Convert.ToHexStringLower(SHA256.HashData(model)));
        json.WriteNumber("seed", options.Seed);
        var tagSource = jackknifed ? "jackknifed tags from taggers trained on the other half" : "tags with noise";
        json.WriteString("data", $"UD English EWT: train {TrainFile} ({tagSource}, lemmas from the library's lemmatizer), dev {DevFile}");
        var tagsOption = jackknifed ? " --tags <train tagged by tools/jackknife-tags.sh>" : "";
        json.WriteString("command", $"dotnet run -c Release --project tools/RuLatAm.Claims.Training -- train-parser --seed {options.Seed} --rounds {options.Rounds} --prune {prune.ToString(CultureInfo.InvariantCulture)}{tagsOption} --evaluator <path of conll18_ud_eval.py>");
        json.WritePropertyName("options");
        JsonSerializer.Serialize(json, options);
        json.WriteNumber("prune", prune);
        json.WriteStartObject("dev");
        WritePair(json, "goldWordsGoldTagsInternal", quick);
        if (official is not null)
        {
            json.WriteString("evaluator", "conll18_ud_eval.py (CoNLL 2018 shared task), F1");
            WritePair(json, "goldWordsGoldTags", official.GoldTags);
            WritePair(json, "goldWordsPredictedTags", official.PredictedTags);
            WritePair(json, "rawText", official.RawText);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WritePair(Utf8JsonWriter json, string name, (double Uas, double Las) score)
    {
        json.WriteStartObject(name);
        json.WriteNumber("UAS", Math.Round(score.Uas, 2));
        json.WriteNumber("LAS", Math.Round(score.Las, 2));
        json.WriteEndObject();
    }

    // The tagged copy must hold the same sentences and words as train, in the same order.
    private static List<ConlluSentence> Aligned(List<ConlluSentence> tagged, List<ConlluSentence> train)
    {
        if (tagged.Count != train.Count)
        {
            throw new InvalidDataException($"The tagged file has {tagged.Count} sentences; train has {train.Count}.");
        }

        for (var s = 0; s < train.Count; s++)
        {
            if (!tagged[s].Words.AsSpan().SequenceEqual(train[s].Words))
            {
                throw new InvalidDataException($"Sentence {s + 1} of the tagged file differs in its words from train.");
            }
        }

        return tagged;
    }

    private static ParserModel ReadModel(string path)
    {
        using var stream = File.OpenRead(path);
        return ParserModel.Read(stream);
    }

    private static string FindUpwards(string relative)
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new IOException($"No folder '{relative}' here or above; pass it explicitly.");
    }
}
