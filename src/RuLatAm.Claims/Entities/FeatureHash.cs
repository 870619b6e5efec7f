namespace RuLatAm.Claims.Entities;

/// <summary>The 64-bit hashing behind the recognizer's sparse features: the same at training and at run time.</summary>
/// <remarks>Fixed constants, no per-process seed: a model stores buckets, so the hash must never change.</remarks>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    /// <summary>The hash of nothing, the start of every incremental hash.</summary>
    public const ulong Empty = Offset;

    /// <summary>Adds one character to an FNV-1a hash.</summary>
    public static ulong Add(ulong hash, char c) => (hash ^ c) * Prime;

    /// <summary>The FNV-1a hash of some characters.</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        var hash = Offset;
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }

    /// <summary>Joins two values into one well-mixed hash; the order matters.</summary>
    public static ulong Combine(ulong first, ulong second) => Mix((first * Golden) + second);

    /// <summary>Joins three values into one well-mixed hash.</summary>
    public static ulong Combine(ulong first, ulong second, ulong third) => Combine(Combine(first, second), third);

    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        x *= 0xC4CEB9FE1A85EC53UL;
        x ^= x >> 33;
        return x;
    }
}
