using System.CommandLine;
using RuLatAm.Claims.Analysis;
using RuLatAm.Claims.Cli.Input;

namespace RuLatAm.Claims.Cli.Commands;

/// <summary>`parse`: the language layer's analysis of a text file as CoNLL-U.</summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A UTF-8 text file." };
        var output = CommonOptions.Out("the CoNLL-U");
        var command = new Command(
            "parse",
            "Tokenize, split, tag, lemmatize (and parse, once a parser exists) a text file and write CoNLL-U. The whole text is analysed: page furniture is kept.")
        {
            file, output,
        };
        command.SetAction((result, ct) => CommandRunner.RunAsync(
            token => RunAsync(result.GetValue(file)!, result.GetValue(output), token), ct));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo file, FileInfo? output, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            throw new CliException($"The file '{file.FullName}' does not exist.");
        }

        var text = ArticleLocator.ReadText(file.FullName);
        var sentences = TextAnalyzer.Default.Analyze(text, removePageFurniture: false, cancellationToken);
        await using var writer = CommonOptions.OpenOutput(output);
        ConlluWriter.Write(writer, sentences);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }
}
