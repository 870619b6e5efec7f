namespace RuLatAm.Claims.Tagging;

/// <summary>The hashed views of one word that the tagger's and lemmatizer's features are built from.</summary>
/// <remarks>Computed once per word, so that a feature on a neighbouring word costs no further hashing.</remarks>
internal struct WordHashes
{
    public const int AffixLength = 4;
    private const int ShapeLength = 6;

    public ulong Form;
    public ulong Lower;
    public ulong Shape;
    public ulong Prefix1;
    public ulong Prefix2;
    public ulong Prefix3;
    public ulong Prefix4;
    public ulong Suffix1;
    public ulong Suffix2;
    public ulong Suffix3;
    public ulong Suffix4;
    public WordCase Case;
    public bool HasHyphen;
    public bool HasDigit;

    /// <summary>Stands for the positions before the first word and after the last.</summary>
    public static WordHashes Boundary(ulong marker) => new()
    {
        Form = marker, Lower = marker, Shape = marker,
        Prefix1 = marker, Prefix2 = marker, Prefix3 = marker, Prefix4 = marker,
        Suffix1 = marker, Suffix2 = marker, Suffix3 = marker, Suffix4 = marker,
    };

    public static WordHashes Of(string word)
    {
        var result = default(WordHashes);
        var form = FeatureHash.Empty;
        var lower = FeatureHash.Empty;
        var shape = FeatureHash.Empty;
        var shapeLength = 0;
        var lastClass = '\0';
        int uppers = 0, lowers = 0;
        var firstUpper = false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            form = FeatureHash.Add(form, c);
            var l = Normalise(c);
            lower = FeatureHash.Add(lower, l);
            switch (i)
            {
                case 0: result.Prefix1 = lower; break;
                case 1: result.Prefix2 = lower; break;
                case 2: result.Prefix3 = lower; break;
                case 3: result.Prefix4 = lower; break;
            }

            char cls;
            if (char.IsUpper(c))
            {
                cls = 'X';
                uppers++;
                firstUpper |= i == 0;
            }
            else if (char.IsLower(c))
            {
                cls = 'x';
                lowers++;
            }
            else if (char.IsDigit(c))
            {
                cls = 'd';
                result.HasDigit = true;
            }
            else
            {
                cls = c;
                result.HasHyphen |= c == '-';
            }

            // Runs collapse ("Xxxxx" is "Xx"), so the shape generalises across word lengths.
            if (cls != lastClass && shapeLength < ShapeLength)
            {
                shape = FeatureHash.Add(shape, cls);
                shapeLength++;
                lastClass = cls;
            }
        }

        // Shorter words repeat their whole form so that every affix feature has a value.
        if (word.Length < 4) result.Prefix4 = lower;
        if (word.Length < 3) result.Prefix3 = lower;
        if (word.Length < 2) result.Prefix2 = lower;

        var suffix = FeatureHash.Empty;
        for (var k = 1; k <= AffixLength; k++)
        {
            if (k <= word.Length)
            {
                suffix = FeatureHash.Add(suffix, Normalise(word[^k]));
            }

            switch (k)
            {
                case 1: result.Suffix1 = suffix; break;
                case 2: result.Suffix2 = suffix; break;
                case 3: result.Suffix3 = suffix; break;
                default: result.Suffix4 = suffix; break;
            }
        }

        result.Form = form;
        result.Lower = lower;
        result.Shape = shape;
        result.Case = uppers + lowers == 0 ? WordCase.NoLetters
            : uppers == 0 ? WordCase.Lower
            : uppers == 1 && firstUpper ? WordCase.Initial
            : lowers == 0 && uppers > 1 ? WordCase.Upper
            : WordCase.Mixed;
        return result;
    }

    // Curly apostrophes and quotes, and angled quotes, read as straight ones: news uses the first, the training
    // treebank mostly the second.
    public static char Normalise(char c) => c switch
    {
        '\u2019' or '\u2018' => '\'',
        '\u201C' or '\u201D' or '\u00AB' or '\u00BB' => '"',
        _ => char.ToLowerInvariant(c),
    };
}
