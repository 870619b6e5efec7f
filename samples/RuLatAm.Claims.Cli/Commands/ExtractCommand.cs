using System.CommandLine;
using RuLatAm.Claims.Cli.Input;
using RuLatAm.Claims.Serialization;

namespace RuLatAm.Claims.Cli.Commands;

/// <summary>`extract`: claims of articles as JSON Lines (ANNOTATION.md section 4).</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "UTF-8 text files or folders of *.txt files (a folder's manifest.json gives ids and dates).",
            Arity = ArgumentArity.OneOrMore,
        };
        var published = CommonOptions.Published();
        var output = CommonOptions.Out("the claims");
        var command = new Command("extract", "Extract claims from articles and write them as JSON Lines, one claim per line.")
        {
            paths, published, output,
        };
        command.SetAction((result, ct) => CommandRunner.RunAsync(
            token => RunAsync(result.GetValue(paths)!, result.GetValue(published), result.GetValue(output), token), ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, DateOnly? published, FileInfo? output, CancellationToken cancellationToken)
    {
        var articles = ArticleLocator.Locate(paths, published);
        var extractor = ClaimExtractor.Default;
        await using var writer = CommonOptions.OpenOutput(output);
        using var progress = new Progress(articles.Count);
        var claims = 0;
        foreach (var article in articles)
        {
            var text = ArticleLocator.ReadText(article.Path);
            var document = extractor.Extract(text, article.Info, cancellationToken);
            ClaimJsonLines.Write(writer, document);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            claims += document.Claims.Count;
            progress.Advance(article.Info.Id);
        }

        await Console.Error.WriteLineAsync($"{claims} claims from {articles.Count} articles").ConfigureAwait(false);
        return 0;
    }
}
