using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace RuLatAm.Claims.Benchmarks;

/// <summary>Tokens per second or bytes allocated per token, from the mean time and the allocations per operation.</summary>
/// <remarks>
/// Benchmarks run in child processes, so the token count is found here by running the class's set-up once more in
/// the host; only methods marked <see cref="PerTokenAttribute"/> of an <see cref="ITokenCounted"/> class get a value.
/// </remarks>
public sealed class PerTokenColumn(bool bytes) : IColumn
{
    private static readonly ConcurrentDictionary<Type, int> s_tokenCounts = new();

    public static readonly IColumn TokensPerSecond = new PerTokenColumn(bytes: false);

    public static readonly IColumn BytesPerToken = new PerTokenColumn(bytes: true);

    public string Id => ColumnName;

    public string ColumnName => bytes ? "B/token" : "tokens/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => bytes ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => bytes ? "Bytes allocated per token" : "Tokens processed per second";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var type = benchmarkCase.Descriptor.Type;
        if (report?.ResultStatistics is not { } statistics || !typeof(ITokenCounted).IsAssignableFrom(type)
            || benchmarkCase.Descriptor.WorkloadMethod.GetCustomAttribute<PerTokenAttribute>() is null)
        {
            return "-";
        }

        var tokens = s_tokenCounts.GetOrAdd(type, CountTokens);
        if (bytes)
        {
            var allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return allocated is { } b ? (b / (double)tokens).ToString("0.0", CultureInfo.InvariantCulture) : "-";
        }

        return (tokens / (statistics.Mean / 1e9)).ToString("N0", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;

    private static int CountTokens(Type type)
    {
        var instance = (ITokenCounted)Activator.CreateInstance(type)!;
        foreach (var setup in type.GetMethods().Where(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null))
        {
            setup.Invoke(instance, null);
        }

        return instance.TokenCount;
    }
}
