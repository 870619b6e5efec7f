using System.CommandLine;
using RuLatAm.Claims.Entities;

namespace RuLatAm.Claims.Cli.Commands;

/// <summary>`ner`: tags the tokens of a Universal NER IOB2 file with the library's entity recognizer.</summary>
internal static class NerCommand
{
    public static Command Create()
    {
        var input = new Argument<FileInfo>("file.iob2")
        {
            Description = "IOB2 file: tab-separated id, token (column 2), tag; '#' comment lines; a blank line between sentences.",
        };
        var output = CommonOptions.Out("the tagged file");
        var command = new Command("ner", "Tag PER/ORG/LOC entities: writes the same IOB2 layout with predicted tags in column 3, comment lines passed through.")
        {
            input, output,
        };
        command.SetAction((result, ct) => CommandRunner.RunAsync(
            token => RunAsync(result.GetValue(input)!, result.GetValue(output), token), ct));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo input, FileInfo? output, CancellationToken cancellationToken)
    {
        if (!input.Exists)
        {
            throw new CliException($"The IOB2 file '{input.FullName}' does not exist.");
        }

        // Read and check the whole file before writing anything, so a malformed line leaves no half-written output.
        List<Iob2Sentence> sentences;
        using (var reader = input.OpenText())
        {
            try
            {
                sentences = Iob2File.Read(reader);
            }
            catch (FormatException e)
            {
                throw new CliException($"'{input.FullName}': {e.Message}");
            }
        }

        var tagged = new List<Iob2Sentence>(sentences.Count);
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var words = sentence.Tokens();
            var tags = new int[words.Length];
            if (words.Length > 0)
            {
                // The recognizer's contract takes POS tags too; today's model does not read them, so they are not computed.
                EntityRecognizer.Default.Tag(words, tags);
            }

            tagged.Add(sentence.WithTags(tags));
        }

        await using var writer = CommonOptions.OpenOutput(output);
        Iob2File.Write(writer, tagged);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }
}
