namespace RuLatAm.Claims.Entities;

/// <summary>
/// The words the training text writes in lower case, as a hashed bit set: a capitalised word that is also an
/// everyday lower-case word ("Visit", "Street") is less likely a name than one that never is ("Lavrov").
/// </summary>
/// <remarks>A false hit costs one weak feature, so a small set with some collisions is enough. Immutable once built.</remarks>
internal sealed class EntityVocabulary
{
    /// <summary>Log2 of the number of bits.</summary>
    public const int Bits = 18;

    private readonly ulong[] _set;

    /// <summary>Wraps a bit set of 2^<see cref="Bits"/> bits.</summary>
    public EntityVocabulary(ulong[] set)
    {
        if (set.Length != (1 << Bits) / 64)
        {
            throw new ArgumentException($"The vocabulary needs {(1 << Bits) / 64} words of bits.", nameof(set));
        }

        _set = set;
    }

    /// <summary>The bit set, for writing.</summary>
    public ReadOnlySpan<ulong> Set => _set;

    /// <summary>Builds the set from sentences: every word that starts with a lower-case letter.</summary>
    public static EntityVocabulary Build(IEnumerable<IReadOnlyList<string>> sentences)
    {
        var set = new ulong[(1 << Bits) / 64];
        foreach (var words in sentences)
        {
            foreach (var word in words)
            {
                if (word.Length > 0 && char.IsLower(word[0]))
                {
                    var bit = Bit(EntityFeatures.LowerHash(word));
                    set[bit >> 6] |= 1UL << (bit & 63);
                }
            }
        }

        return new EntityVocabulary(set);
    }

    /// <summary>Whether a word's folded lower-case hash (<see cref="EntityFeatures.LowerHash"/>) is in the set.</summary>
    public bool Contains(ulong lowerHash)
    {
        var bit = Bit(lowerHash);
        return (_set[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    private static int Bit(ulong hash) => (int)(FeatureHash.Combine(0x70CAB, hash) >> (64 - Bits));
}
