using BenchmarkDotNet.Attributes;
using RuLatAm.Claims.Analysis;

namespace RuLatAm.Claims.Benchmarks;

/// <summary>
/// The whole pipeline, clean-up to claims, and the language layer alone, over each of the bundled corpus articles
/// (one at a time, as a caller would: clean-up works per page). Tokens per second = <see cref="TokenCount"/> (body
/// tokens) / mean time.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerTokenConfig))]
public class ExtractBenchmarks : ITokenCounted
{
    private readonly DocumentInfo _info = new("benchmark", new DateOnly(2024, 1, 1));
    private IReadOnlyList<string> _articles = [];

    /// <summary>Body tokens per operation.</summary>
    public int TokenCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _articles = BenchmarkCorpus.Articles();
        TokenCount = _articles.Sum(text => TextAnalyzer.Default.Analyze(text, removePageFurniture: true, CancellationToken.None).Sum(s => s.Count));

        // Load every model and the catalogue here so that the one-off reads are not what gets measured.
        _ = Extract();
        Console.WriteLine($"// {TokenCount} body tokens per operation");
    }

    [Benchmark]
    [PerToken]
    public int Analyze() => _articles.Sum(text => TextAnalyzer.Default.Analyze(text, removePageFurniture: true, CancellationToken.None).Count);

    [Benchmark]
    [PerToken]
    public int Extract() => _articles.Sum(text => ClaimExtractor.Default.Extract(text, _info).Claims.Count);
}
