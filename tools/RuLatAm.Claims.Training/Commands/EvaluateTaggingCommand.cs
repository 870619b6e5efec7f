using System.CommandLine;
using System.Text;
using RuLatAm.Claims.Tagging;
using RuLatAm.Claims.Training.Tagging;

namespace RuLatAm.Claims.Training.Commands;

/// <summary>`evaluate-tagging`: scores the tagger and lemmatizer on EWT dev, on gold tokens and on raw text.</summary>
internal static class EvaluateTaggingCommand
{
    public static Command Create()
    {
        var data = TaggingOptions.Data();
        var models = TaggingOptions.Models();
        var evaluator = TaggingOptions.Evaluator();
        var output = new Option<FileInfo?>("--conllu") { Description = "Also write the raw-text CoNLL-U output here.", HelpName = "FILE" };
        var command = new Command("evaluate-tagging", "Score the tagger and lemmatizer in a models folder on UD English EWT dev (gold tokens, and raw text with the CoNLL 2018 evaluator).")
        {
            data, models, evaluator, output,
        };
        command.SetAction((result, ct) => CommandRunner.RunAsync(_ => Task.FromResult(Run(
            result.GetValue(data)!, result.GetValue(models)!, result.GetValue(evaluator)!, result.GetValue(output))), ct));
        return command;
    }

    private static int Run(DirectoryInfo data, DirectoryInfo models, FileInfo evaluator, FileInfo? conllu)
    {
        var tagger = TaggingModels.Tagger(models.FullName)
            ?? throw new InvalidOperationException($"No {TaggerModel.FileName} in '{models.FullName}'.");
        var lemmatizer = TaggingModels.Lemmatizer(models.FullName);
        var dev = TreebankReader.Read(TaggingOptions.DevFile(data));
        if (conllu is not null)
        {
            File.WriteAllText(conllu.FullName, TaggingEvaluation.ToConllu(TaggingEvaluation.RawText(dev), tagger, lemmatizer), new UTF8Encoding(false));
        }

        Console.WriteLine(TaggingEvaluation.Score(TaggingOptions.DevFile(data), dev, tagger, lemmatizer, evaluator.FullName));
        return 0;
    }
}
