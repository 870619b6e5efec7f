using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using RuLatAm.Claims.Parsing;

namespace RuLatAm.Claims.Benchmarks;

/// <summary>
/// Cold load of the embedded parser model: every launch is a fresh process and runs the benchmark once, so the
/// measured call includes reading and inflating the model (and the JIT), as a first real call would.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1)]
public class ParserModelLoadBenchmarks
{
    [Benchmark]
    public int LoadAndParseOneWord() => DependencyParser.Default.Parse(["Yes"], ["INTJ"], ["UH"], ["yes"]).Heads.Length;
}
