namespace RuLatAm.Claims.Tagging;

/// <summary>The feature templates of the two-pass tagger, shared by training and tagging so both agree exactly.</summary>
/// <remarks>
/// Word features look at the word and its neighbours two either side. The first pass adds its own two previous
/// tags; the second adds the first pass's tags on both sides, which a greedy left-to-right tagger cannot see.
/// </remarks>
internal static class TaggerFeatures
{
    /// <summary>Enough room for every template of one word in one pass.</summary>
    public const int MaxKeys = 40;

    private const ulong BeforeMarker = 0x5EB0_0000_0000_0001UL;
    private const ulong AfterMarker = 0x5E00_0000_0000_E0E1UL;
    private static readonly WordHashes s_before = WordHashes.Boundary(BeforeMarker);
    private static readonly WordHashes s_after = WordHashes.Boundary(AfterMarker);

    /// <summary>Writes the word features of word <paramref name="i"/>.</summary>
    /// <returns>How many keys were written.</returns>
    public static int Words(ReadOnlySpan<WordHashes> words, int i, Span<ulong> keys)
    {
        ref readonly var w = ref words[i];
        ref readonly var p1 = ref At(words, i - 1);
        ref readonly var p2 = ref At(words, i - 2);
        ref readonly var n1 = ref At(words, i + 1);
        ref readonly var n2 = ref At(words, i + 2);
        var first = i == 0;
        var k = 0;
        keys[k++] = FeatureHash.Key(1, w.Form);
        keys[k++] = FeatureHash.Key(2, w.Lower);
        keys[k++] = FeatureHash.Key(3, w.Suffix1);
        keys[k++] = FeatureHash.Key(4, w.Suffix2);
        keys[k++] = FeatureHash.Key(5, w.Suffix3);
        keys[k++] = FeatureHash.Key(6, w.Suffix4);
        keys[k++] = FeatureHash.Key(7, w.Prefix1);
        keys[k++] = FeatureHash.Key(8, w.Prefix2);
        keys[k++] = FeatureHash.Key(9, w.Prefix3);
        keys[k++] = FeatureHash.Key(10, w.Prefix4);
        keys[k++] = FeatureHash.Key(11, w.Shape);

        // Capitals mean a name in mid-sentence but little at the start, so case and position go together.
        keys[k++] = FeatureHash.Key(12, (ulong)w.Case * 2 + (first ? 1UL : 0UL));
        keys[k++] = FeatureHash.Key(13, w.Lower, (ulong)w.Case);
        if (w.HasHyphen)
        {
            keys[k++] = FeatureHash.Key(14, 1);
        }

        if (w.HasDigit)
        {
            keys[k++] = FeatureHash.Key(15, 1);
        }

        keys[k++] = FeatureHash.Key(16, p1.Lower);
        keys[k++] = FeatureHash.Key(17, n1.Lower);
        keys[k++] = FeatureHash.Key(18, p2.Lower);
        keys[k++] = FeatureHash.Key(19, n2.Lower);
        keys[k++] = FeatureHash.Key(20, p1.Lower, w.Lower);
        keys[k++] = FeatureHash.Key(21, w.Lower, n1.Lower);
        keys[k++] = FeatureHash.Key(22, p1.Suffix3);
        keys[k++] = FeatureHash.Key(23, n1.Suffix3);
        keys[k++] = FeatureHash.Key(24, p1.Shape);
        keys[k++] = FeatureHash.Key(25, n1.Shape);
        keys[k++] = FeatureHash.Key(26, p1.Lower, n1.Lower);
        keys[k++] = FeatureHash.Key(27, (ulong)n1.Case, (ulong)w.Case);
        return k;
    }

    /// <summary>Writes the first pass's features of its own previous tags (-1 before the sentence).</summary>
    public static int History(ReadOnlySpan<WordHashes> words, int i, int previous2, int previous1, Span<ulong> keys)
    {
        ref readonly var w = ref words[i];
        var k = 0;
        keys[k++] = FeatureHash.Key(40, Tag(previous1));
        keys[k++] = FeatureHash.Key(41, Tag(previous2), Tag(previous1));
        keys[k++] = FeatureHash.Key(42, Tag(previous1), w.Lower);
        keys[k++] = FeatureHash.Key(43, Tag(previous1), w.Suffix3);
        return k;
    }

    /// <summary>Writes the second pass's features of the first pass's tags around word <paramref name="i"/>.</summary>
    public static int Context(ReadOnlySpan<WordHashes> words, ReadOnlySpan<int> firstPass, int i, Span<ulong> keys)
    {
        ref readonly var w = ref words[i];
        var p2 = TagAt(firstPass, i - 2);
        var p1 = TagAt(firstPass, i - 1);
        var n1 = TagAt(firstPass, i + 1);
        var n2 = TagAt(firstPass, i + 2);
        var k = 0;
        keys[k++] = FeatureHash.Key(60, p1);
        keys[k++] = FeatureHash.Key(61, n1);
        keys[k++] = FeatureHash.Key(62, p2, p1);
        keys[k++] = FeatureHash.Key(63, n1, n2);
        keys[k++] = FeatureHash.Key(64, p1, n1);
        keys[k++] = FeatureHash.Key(65, p1, w.Lower);
        keys[k++] = FeatureHash.Key(66, n1, w.Lower);
        keys[k++] = FeatureHash.Key(67, p1, w.Suffix3);
        keys[k++] = FeatureHash.Key(68, n1, w.Suffix3);
        keys[k++] = FeatureHash.Key(69, TagAt(firstPass, i));
        return k;
    }

    private static ref readonly WordHashes At(ReadOnlySpan<WordHashes> words, int i) =>
        ref i < 0 ? ref s_before : ref i >= words.Length ? ref s_after : ref words[i];

    private static ulong TagAt(ReadOnlySpan<int> tags, int i) =>
        i < 0 ? BeforeMarker : i >= tags.Length ? AfterMarker : Tag(tags[i]);

    private static ulong Tag(int tag) => tag < 0 ? BeforeMarker : (ulong)tag + 1;
}
