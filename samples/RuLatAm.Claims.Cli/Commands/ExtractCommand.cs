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
        var parallel = new Option<bool>("--parallel") { Description = "Extract several articles at once, one per core; output stays in input order." };
        var command = new Command("extract", "Extract claims from articles and write them as JSON Lines, one claim per line.")
        {
            paths, published, output, parallel,
        };
        command.SetAction((result, ct) => CommandRunner.RunAsync(
            token => RunAsync(result.GetValue(paths)!, result.GetValue(published), result.GetValue(output), result.GetValue(parallel), token), ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, DateOnly? published, FileInfo? output, bool parallel, CancellationToken cancellationToken)
    {
        var articles = ArticleLocator.Locate(paths, published);
        var degree = parallel ? Environment.ProcessorCount : 1;
        await using var writer = CommonOptions.OpenOutput(output);
        using var progress = new Progress(articles.Count);
        var claims = 0;
        var documents = 0;
        await foreach (var document in ClaimExtractor.Default.ExtractAsync(Read(articles, cancellationToken), degree, cancellationToken).ConfigureAwait(false))
        {
            ClaimJsonLines.Write(writer, document);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            claims += document.Claims.Count;
            progress.Advance(articles[documents++].Info.Id);
        }

        await Console.Error.WriteLineAsync($"{claims} claims from {documents} articles").ConfigureAwait(false);
        return 0;
    }

    // Files are read as the extractor asks for them, so a large folder is never held in memory at once.
    private static async IAsyncEnumerable<SourceDocument> Read(List<Article> articles, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var article in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new SourceDocument(await ArticleLocator.ReadTextAsync(article.Path, cancellationToken).ConfigureAwait(false), article.Info);
        }
    }
}
