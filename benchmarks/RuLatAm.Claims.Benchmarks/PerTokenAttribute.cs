namespace RuLatAm.Claims.Benchmarks;

/// <summary>Marks a benchmark whose time and allocations are worth reading per token (not a one-off load).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PerTokenAttribute : Attribute;
