using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using RuLatAm.Claims.Tagging;

namespace RuLatAm.Claims.Benchmarks;

/// <summary>The first tag and lemma in a fresh process: reading both models from the assembly, with JIT.</summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1)]
public class TaggingColdStartBenchmarks
{
    private static readonly string[] s_words = ["The", "minister", "will", "visit", "Lima", "."];

    [Benchmark]
    public string FirstTagAndLemma()
    {
        var tags = PosTagger.Default.Tag(s_words);
        return Lemmatizer.Default.Lemmatize(s_words[3], tags.Upos[3], tags.Xpos[3]);
    }
}
