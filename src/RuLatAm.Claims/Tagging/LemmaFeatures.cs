namespace RuLatAm.Claims.Tagging;

/// <summary>The feature templates of the lemmatizer's edit classifier, shared by training and lemmatizing.</summary>
/// <remarks>Inflection shows in a word's ending and its tag, so endings are read alone and with the tag.</remarks>
internal static class LemmaFeatures
{
    /// <summary>Enough room for every template.</summary>
    public const int MaxKeys = 16;

    public static int Keys(string word, in WordHashes hashes, string upos, string xpos, Span<ulong> keys)
    {
        // Four letters cannot tell "violating" (restore the e) from "resting" (strip ing) or "mopping" (undouble):
        // the fifth and sixth letters from the end can, so they are read with the tag.
        var suffix5 = word.Length > WordHashes.AffixLength ? FeatureHash.Add(hashes.Suffix4, WordHashes.Normalise(word[^5])) : hashes.Suffix4;
        var suffix6 = word.Length > WordHashes.AffixLength + 1 ? FeatureHash.Add(suffix5, WordHashes.Normalise(word[^6])) : suffix5;
        var x = FeatureHash.Of(xpos);
        var k = 0;
        keys[k++] = FeatureHash.Key(101, x);
        keys[k++] = FeatureHash.Key(102, FeatureHash.Of(upos));
        keys[k++] = FeatureHash.Key(103, hashes.Suffix1);
        keys[k++] = FeatureHash.Key(104, hashes.Suffix2);
        keys[k++] = FeatureHash.Key(105, hashes.Suffix3);
        keys[k++] = FeatureHash.Key(106, hashes.Suffix4);
        keys[k++] = FeatureHash.Key(107, x, hashes.Suffix1);
        keys[k++] = FeatureHash.Key(108, x, hashes.Suffix2);
        keys[k++] = FeatureHash.Key(109, x, hashes.Suffix3);
        keys[k++] = FeatureHash.Key(110, x, hashes.Suffix4);
        keys[k++] = FeatureHash.Key(111, x, (ulong)hashes.Case);
        keys[k++] = FeatureHash.Key(112, hashes.Shape);
        keys[k++] = FeatureHash.Key(113, x, suffix5);
        keys[k++] = FeatureHash.Key(114, x, suffix6);
        return k;
    }
}
