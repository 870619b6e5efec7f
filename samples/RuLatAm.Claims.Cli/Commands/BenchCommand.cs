using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using RuLatAm.Claims.Analysis;
using RuLatAm.Claims.Cleaning;
using RuLatAm.Claims.Cli.Input;
using RuLatAm.Claims.Entities;
using RuLatAm.Claims.Parsing;
using RuLatAm.Claims.Sentences;
using RuLatAm.Claims.Tagging;
using RuLatAm.Claims.Tokenization;

namespace RuLatAm.Claims.Cli.Commands;

/// <summary>`bench`: quick throughput and allocation figures per stage and for the whole pipeline.</summary>
/// <remarks>For careful numbers use the BenchmarkDotNet project in benchmarks/; this is the person-sized version.</remarks>
internal static class BenchCommand
{
    private const int ParallelBatchCopies = 8;

    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "Articles to run on (default: the bundled corpus/articles).", Arity = ArgumentArity.ZeroOrMore };
        var seconds = new Option<double>("--seconds") { Description = "How long to run each measurement.", DefaultValueFactory = _ => 2.0, HelpName = "N" };
        var parallel = new Option<bool>("--parallel") { Description = "Also measure whole-document extraction on all cores." };
        var command = new Command("bench", "Measure tokens per second and bytes allocated per token, per stage and end to end.")
        {
            paths, seconds, parallel,
        };
        command.SetAction((result, ct) => CommandRunner.RunAsync(
            token => RunAsync(result.GetValue(paths) ?? [], result.GetValue(seconds), result.GetValue(parallel), token), ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, double seconds, bool parallel, CancellationToken cancellationToken)
    {
        if (seconds is <= 0 or > 3600)
        {
            throw new CliException("--seconds must be between 0 and 3600.");
        }

        var articles = ArticleLocator.Locate(paths.Length > 0 ? paths : [CorpusLocator.Find("articles")], null);
        var documents = articles.Select(a => new SourceDocument(ArticleLocator.ReadText(a.Path), a.Info)).ToList();
        var extractor = ClaimExtractor.Default;
        var cold = Stopwatch.StartNew();
        extractor.Extract(documents[0].Text, documents[0].Info, cancellationToken);
        var coldMs = cold.Elapsed.TotalMilliseconds;

        var analyzed = documents.Select(d => TextAnalyzer.Default.Analyze(d.Text, removePageFurniture: true, cancellationToken)).ToList();
        var tokens = analyzed.Sum(a => a.Sum(s => s.Count));
        var output = Console.Out;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{documents.Count} articles, {tokens} body tokens; first extraction (cold, models loading) {coldMs:0} ms; {Environment.ProcessorCount} cores")).ConfigureAwait(false);
        await output.WriteLineAsync($"{"stage",-28} {"tokens/s",12} {"bytes/token",12}").ConfigureAwait(false);

        var sentences = analyzed.SelectMany(a => a).ToList();
        var stages = new (string Name, Action Run)[]
        {
            ("clean-up", () => documents.ForEach(d => TextCleaner.Default.FindBody(d.Text))),
            ("tokens and sentences", () => documents.ForEach(d => SentenceSplitter.Default.Split(d.Text, Tokenizer.Default.Tokenize(d.Text)))),
            ("tags and lemmas", () => sentences.ForEach(s => TagAndLemmatize(s.Words))),
            ("entities", () => sentences.ForEach(s => EntityRecognizer.Default.Recognize(s.Words, s.Tags.Upos))),
            ("dependency parse", () => sentences.ForEach(s => DependencyParser.Default.Parse(s.Words, s.Tags.Upos, s.Tags.Xpos, s.Lemmas))),
            ("language layer", () => documents.ForEach(d => TextAnalyzer.Default.Analyze(d.Text, removePageFurniture: true, cancellationToken))),
            ("extract (end to end)", () => documents.ForEach(d => extractor.Extract(d.Text, d.Info, cancellationToken))),
        };

        foreach (var (name, run) in stages)
        {
            var (rate, bytes) = Measure(run, tokens, seconds);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{name,-28} {rate,12:N0} {bytes,12:0}")).ConfigureAwait(false);
        }

        if (parallel)
        {
            // Many documents per pass, so that the last one to finish does not leave the other cores idle for long.
            var batch = Enumerable.Repeat(documents, ParallelBatchCopies).SelectMany(d => d).ToList();
            var batchTokens = tokens * ParallelBatchCopies;
            var (single, _) = Measure(() => batch.ForEach(d => extractor.Extract(d.Text, d.Info, cancellationToken)), batchTokens, seconds);
            var (many, _) = Measure(
                () =>
                {
                    foreach (var _ in extractor.ExtractAsync(batch.ToAsyncEnumerable(), Environment.ProcessorCount, cancellationToken).ToBlockingEnumerable(cancellationToken))
                    {
                    }
                },
                batchTokens,
                seconds);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{"extract, all cores",-28} {many,12:N0} {"",12}  speed-up {many / single:0.00}x over {single:N0} on one")).ConfigureAwait(false);
        }

        return 0;
    }

    private static void TagAndLemmatize(string[] words)
    {
        var tags = PosTagger.Default.Tag(words);
        for (var i = 0; i < words.Length; i++)
        {
            Lemmatizer.Default.Lemmatize(words[i], tags.Upos[i], tags.Xpos[i]);
        }
    }

    private static (double TokensPerSecond, double BytesPerToken) Measure(Action run, int tokens, double seconds)
    {
        // Warm up long enough for tiered compilation to reach its optimised code.
        var warmUp = Stopwatch.StartNew();
        do
        {
            run();
        }
        while (warmUp.Elapsed.TotalSeconds < Math.Min(1.0, seconds / 2));

        var passes = 0;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        do
        {
            run();
            passes++;
        }
        while (clock.Elapsed.TotalSeconds < seconds);

        var elapsed = clock.Elapsed.TotalSeconds;
        var bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        return (tokens * (double)passes / elapsed, bytes / ((double)tokens * passes));
    }
}
