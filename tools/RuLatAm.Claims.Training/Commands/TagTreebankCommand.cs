using System.CommandLine;
using System.Text;
using RuLatAm.Claims.Tagging;
using RuLatAm.Claims.Training.Tagging;

namespace RuLatAm.Claims.Training.Commands;

/// <summary>
/// `tag-treebank`: rewrites the UPOS and XPOS columns of a CoNLL-U file with a tagger's predictions. Run over each
/// half of train with the tagger trained on the other half, it gives the jackknifed tags `train-parser --tags` reads.
/// </summary>
internal static class TagTreebankCommand
{
    public static Command Create()
    {
        var models = TaggingOptions.Models();
        var input = new Option<FileInfo>("--input") { Description = "CoNLL-U file to tag.", HelpName = "FILE", Required = true };
        var output = new Option<FileInfo>("--output") { Description = "Where the tagged copy goes.", HelpName = "FILE", Required = true };
        var command = new Command("tag-treebank", "Replace the gold UPOS and XPOS of a CoNLL-U file with the tagger's (for jackknifed parser training).")
        {
            models, input, output,
        };
        command.SetAction((result, ct) => CommandRunner.RunAsync(_ => Task.FromResult(Run(
            result.GetValue(models)!, result.GetValue(input)!, result.GetValue(output)!)), ct));
        return command;
    }

    private static int Run(DirectoryInfo models, FileInfo input, FileInfo output)
    {
        var tagger = TaggingModels.Tagger(models.FullName)
            ?? throw new InvalidOperationException($"No tagger model in '{models.FullName}'.");
        var result = new StringBuilder();
        var block = new List<string>();
        foreach (var line in File.ReadLines(input.FullName))
        {
            if (line.Length > 0)
            {
                block.Add(line);
                continue;
            }

            AppendTagged(block, tagger, result);
            result.Append('\n');
            block.Clear();
        }

        AppendTagged(block, tagger, result);
        File.WriteAllText(output.FullName, result.ToString(), new UTF8Encoding(false));
        return 0;
    }

    // Tags the word lines of one sentence block (not comments, multiword ranges or empty nodes) and copies the rest.
    private static void AppendTagged(List<string> block, PosTagger tagger, StringBuilder result)
    {
        var cells = block.Select(line => line.Split('\t')).ToArray();
        var wordLines = Enumerable.Range(0, cells.Length).Where(i => cells[i].Length == 10 && int.TryParse(cells[i][0], out _)).ToArray();
        if (wordLines.Length > 0)
        {
            var tags = tagger.Tag(wordLines.Select(i => cells[i][1]).ToArray());
            for (var w = 0; w < wordLines.Length; w++)
            {
                (cells[wordLines[w]][3], cells[wordLines[w]][4]) = (tags.Upos[w], tags.Xpos[w]);
            }
        }

        foreach (var line in cells)
        {
            result.Append(string.Join('\t', line)).Append('\n');
        }
    }
}
