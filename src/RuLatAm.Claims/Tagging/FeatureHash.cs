namespace RuLatAm.Claims.Tagging;

/// <summary>Stable 64-bit hashes for feature keys, the same in training and at run time on every platform.</summary>
/// <remarks>
/// <see cref="string.GetHashCode()"/> is randomised per process, so models could not store its values; FNV-1a
/// over UTF-16 code units is stable and cheap, and a SplitMix64 finaliser spreads the bits for the open-addressing
/// table.
/// </remarks>
internal static class FeatureHash
{
    public const ulong Empty = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    // Keys keep 40 bits: among a few hundred thousand stored features a false match is about one in a million
    // look-ups, and the model file stores three bytes less per feature.
    private const ulong KeyMask = (1UL << 40) - 1;

    public static ulong Add(ulong hash, char c) => (hash ^ c) * Prime;

    public static ulong Of(ReadOnlySpan<char> text)
    {
        var hash = Empty;
        foreach (var c in text)
        {
            hash = Add(hash, c);
        }

        return hash;
    }

    /// <summary>The key of a one-value feature; never zero, as zero marks an empty slot.</summary>
    public static ulong Key(int template, ulong value) => Finish(value + (ulong)(template + 1) * Golden);

    /// <summary>The key of a feature that conjoins two values.</summary>
    public static ulong Key(int template, ulong first, ulong second) =>
        Finish(Finish(first + (ulong)(template + 1) * Golden) ^ (second * Prime));

    private static ulong Finish(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return ((z ^ (z >> 31)) & KeyMask) | 1UL;
    }
}
