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
        var skipped = new List<string>();
        var claims = 0;
        var documents = 0;
        using (var progress = new Progress(articles.Count))
        {
            var source = Read(articles, skipped, progress, cancellationToken);
            await foreach (var document in ClaimExtractor.Default.ExtractAsync(source, degree, cancellationToken).ConfigureAwait(false))
            {
                ClaimJsonLines.Write(writer, document);
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                claims += document.Claims.Count;
                documents++;
                progress.Advance(document.DocumentId);
            }
        }

        foreach (var problem in skipped)
        {
            await Console.Error.WriteLineAsync($"skipped: {problem}").ConfigureAwait(false);
        }

        var summary = skipped.Count == 0 ? "" : $"; {skipped.Count} skipped";
        await Console.Error.WriteLineAsync($"{claims} claims from {documents} articles{summary}").ConfigureAwait(false);
        return skipped.Count == 0 ? 0 : 1;
    }

    // Files are read as the extractor asks for them, so a large folder is never held in memory at once. A file that
    // cannot be read as an article is reported and skipped: one bad file does not cost the rest of the folder.
    private static async IAsyncEnumerable<SourceDocument> Read(
        List<Article> articles, List<string> skipped, Progress progress, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var limit = ClaimExtractor.Default.Options.MaxInputLength;
        foreach (var article in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string text;
            try
            {
                text = await ArticleLocator.ReadTextAsync(article.Path, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is CliException or IOException or UnauthorizedAccessException)
            {
                Skip(article, e.Message);
                continue;
            }

            if (text.Length > limit)
            {
                Skip(article, $"'{article.Path}' has {text.Length} characters; the limit is {limit}.");
                continue;
            }

            yield return new SourceDocument(text, article.Info);
        }

        void Skip(Article article, string problem)
        {
            skipped.Add(problem);
            progress.Advance(article.Info.Id);
        }
    }
}
