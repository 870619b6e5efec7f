using BenchmarkDotNet.Configs;

namespace RuLatAm.Claims.Benchmarks;

/// <summary>Adds tokens per second and bytes per token to a benchmark class's summary.</summary>
public sealed class PerTokenConfig : ManualConfig
{
    public PerTokenConfig() => AddColumn(PerTokenColumn.TokensPerSecond, PerTokenColumn.BytesPerToken);
}
