namespace RuLatAm.Claims.Tagging;

/// <summary>The feature templates of the lemmatizer's edit classifier, shared by training and lemmatizing.</summary>
/// <remarks>Inflection shows in a word's ending and its tag, so endings are read alone and with the tag.</remarks>
internal static class LemmaFeatures
{
    /// <summary>Enough room for every template.</summary>
    public const int MaxKeys = 16;

    public static int Keys(in WordHashes word, string upos, string xpos, Span<ulong> keys)
    {
        var x = FeatureHash.Of(xpos);
        var k = 0;
        keys[k++] = FeatureHash.Key(101, x);
        keys[k++] = FeatureHash.Key(102, FeatureHash.Of(upos));
        keys[k++] = FeatureHash.Key(103, word.Suffix1);
        keys[k++] = FeatureHash.Key(104, word.Suffix2);
        keys[k++] = FeatureHash.Key(105, word.Suffix3);
        keys[k++] = FeatureHash.Key(106, word.Suffix4);
        keys[k++] = FeatureHash.Key(107, x, word.Suffix1);
        keys[k++] = FeatureHash.Key(108, x, word.Suffix2);
        keys[k++] = FeatureHash.Key(109, x, word.Suffix3);
        keys[k++] = FeatureHash.Key(110, x, word.Suffix4);
        keys[k++] = FeatureHash.Key(111, x, (ulong)word.Case);
        keys[k++] = FeatureHash.Key(112, word.Shape);
        return k;
    }
}
