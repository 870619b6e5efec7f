using BenchmarkDotNet.Attributes;
using RuLatAm.Claims.Analysis;

namespace RuLatAm.Claims.Benchmarks;

/// <summary>
/// The whole pipeline, clean-up to claims, and the language layer alone, over the bundled corpus articles.
/// Tokens per second = <see cref="TokenCount"/> (body tokens) / mean time.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerTokenConfig))]
public class ExtractBenchmarks : ITokenCounted
{
    private readonly DocumentInfo _info = new("benchmark", new DateOnly(2024, 1, 1));
    private string _text = "";

    /// <summary>Body tokens per operation.</summary>
    public int TokenCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkCorpus.AllArticles();
        TokenCount = TextAnalyzer.Default.Analyze(_text, removePageFurniture: true, CancellationToken.None).Sum(s => s.Count);

        // Load every model and the catalogue here so that the one-off reads are not what gets measured.
        _ = Extract();
        Console.WriteLine($"// {TokenCount} body tokens per operation");
    }

    [Benchmark]
    [PerToken]
    public int Analyze() => TextAnalyzer.Default.Analyze(_text, removePageFurniture: true, CancellationToken.None).Count;

    [Benchmark]
    [PerToken]
    public int Extract() => ClaimExtractor.Default.Extract(_text, _info).Claims.Count;
}
