using System.CommandLine;
using RuLatAm.Claims.Entities;
using RuLatAm.Claims.Training.Ner;

namespace RuLatAm.Claims.Training.Commands;

/// <summary>`eval-ner`: span P/R/F1 per type and overall of a recognizer on a UNER IOB2 file.</summary>
internal static class EvalNerCommand
{
    public static Command Create()
    {
        var data = new Option<FileInfo?>("--data") { Description = "Gold IOB2 file (default: ../shared/data/uner-english-ewt/en_ewt-ud-dev.iob2).", HelpName = "FILE" };
        var model = new Option<FileInfo?>("--model") { Description = "Model file (default: the library's embedded ner.bin).", HelpName = "FILE" };
        var command = new Command("eval-ner", "Score the entity recognizer on a UNER IOB2 file: span precision, recall and F1 per type and overall.")
        {
            data, model,
        };
        command.SetAction(result => Run(result.GetValue(data)?.FullName, result.GetValue(model)?.FullName));
        return command;
    }

    private static int Run(string? dataPath, string? modelPath)
    {
        try
        {
            var path = dataPath ?? Path.Combine(TrainingPaths.SharedData(), "uner-english-ewt", "en_ewt-ud-dev.iob2");
            var sentences = NerCorpus.Read(path);
            var recognizer = modelPath is null ? EntityRecognizer.Default : Load(modelPath);

            Console.WriteLine($"{sentences.Count} sentences from {path}");
            Console.WriteLine(NerEvaluator.Score(recognizer, sentences).Format());
            return 0;
        }
        catch (Exception e) when (e is IOException or FormatException or InvalidDataException or InvalidOperationException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    private static EntityRecognizer Load(string path)
    {
        using var stream = File.OpenRead(path);
        return new EntityRecognizer(EntityModel.Read(stream), EntityGazetteer.Default);
    }
}
