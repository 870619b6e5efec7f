using System.Numerics;

namespace RuLatAm.Claims.Parsing;

/// <summary>Stable 64-bit hashes for parser features: the same on every machine and run, unlike string.GetHashCode.</summary>
internal static class FeatureHash
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    /// <summary>Hashes a string, mapping every digit to 0 so that numbers share one form per shape.</summary>
    public static ulong OfText(ReadOnlySpan<char> text, bool foldDigits)
    {
        var h = 14695981039346656037UL;
        foreach (var c in text)
        {
            h ^= foldDigits && char.IsAsciiDigit(c) ? '0' : c;
            h *= 1099511628211UL;
        }

        return Finish(h);
    }

    /// <summary>Hashes a constant such as a template number or a small count.</summary>
    public static ulong Of(int value) => Finish((ulong)(uint)value * Golden + 0x632BE59BD9B4E019UL);

    public static ulong Combine(ulong seed, ulong value) => BitOperations.RotateLeft((seed ^ value) * Golden, 29) + value;

    public static ulong Combine(ulong seed, ulong a, ulong b) => Combine(Combine(seed, a), b);

    public static ulong Combine(ulong seed, ulong a, ulong b, ulong c) => Combine(Combine(Combine(seed, a), b), c);

    /// <summary>The bucket of a feature among 2^<paramref name="bits"/> weight rows.</summary>
    public static int Bucket(ulong feature, int bits) => (int)(Finish(feature) >> (64 - bits));

    // murmur3's finaliser: every input bit reaches the top bits, which pick the bucket.
    private static ulong Finish(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return h;
    }
}
