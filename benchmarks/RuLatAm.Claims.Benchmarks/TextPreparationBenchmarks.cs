using BenchmarkDotNet.Attributes;
using RuLatAm.Claims.Cleaning;
using RuLatAm.Claims.Sentences;
using RuLatAm.Claims.Tokenization;

namespace RuLatAm.Claims.Benchmarks;

/// <summary>
/// Clean-up, tokenizer and sentence splitter over the bundled corpus articles. Each operation runs a stage over all
/// of them once; tokens per second = <see cref="TokenCount"/> / mean time.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerTokenConfig))]
public class TextPreparationBenchmarks : ITokenCounted
{
    private string _text = "";

    /// <summary>Tokens per operation.</summary>
    public int TokenCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkCorpus.AllArticles();
        TokenCount = Tokenizer.Default.Tokenize(_text).Count;
        Console.WriteLine($"// {TokenCount} tokens per operation");
    }

    [Benchmark]
    [PerToken]
    public int FindBody() => TextCleaner.Default.FindBody(_text).Count;

    [Benchmark]
    [PerToken]
    public int Tokenize() => Tokenizer.Default.Tokenize(_text).Count;

    [Benchmark]
    [PerToken]
    public int TokenizeAndSplit() => SentenceSplitter.Default.Split(_text, Tokenizer.Default.Tokenize(_text)).Count;
}
