namespace RuLatAm.Claims.Parsing;

/// <summary>
/// The hashed attributes of a sentence's words, computed once per sentence so that feature extraction only mixes
/// numbers. Index <c>Count</c> is the artificial root; index -1 (no such word) reads as <see cref="None"/>.
/// </summary>
internal sealed class ParserWords
{
    public static readonly ulong None = FeatureHash.Of(-1);
    private static readonly ulong s_root = FeatureHash.Of(-2);

    private readonly ulong[] _form;
    private readonly ulong[] _lemma;
    private readonly ulong[] _xpos;
    private readonly ulong[] _upos;
    private readonly ulong[] _formTag;
    private readonly ulong[] _shape;

    private ParserWords(int capacity)
    {
        Capacity = capacity;
        _form = new ulong[capacity + 1];
        _lemma = new ulong[capacity + 1];
        _xpos = new ulong[capacity + 1];
        _upos = new ulong[capacity + 1];
        _formTag = new ulong[capacity + 1];
        _shape = new ulong[capacity + 1];
        IsPunctuation = new bool[capacity + 1];
    }

    public int Count { get; private set; }

    /// <summary>The longest sentence there is room for.</summary>
    public int Capacity { get; }

    /// <summary>Per word, whether it is punctuation; entries past <see cref="Count"/> are stale.</summary>
    public bool[] IsPunctuation { get; }

    public static ParserWords Create(IReadOnlyList<string> words, IReadOnlyList<string> upos, IReadOnlyList<string> xpos, IReadOnlyList<string> lemmas)
    {
        var result = WithCapacity(words.Count);
        result.Fill(words, upos, xpos, lemmas);
        return result;
    }

    /// <summary>Room for <paramref name="capacity"/> words, to be <see cref="Fill"/>ed for each sentence.</summary>
    public static ParserWords WithCapacity(int capacity) => new(capacity);

    /// <summary>Hashes the words of a sentence into this instance, reusing its arrays.</summary>
    public void Fill(IReadOnlyList<string> words, IReadOnlyList<string> upos, IReadOnlyList<string> xpos, IReadOnlyList<string> lemmas)
    {
        var count = words.Count;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, Capacity, nameof(words));
        Count = count;
        Span<char> lower = stackalloc char[64];
        for (var i = 0; i < count; i++)
        {
            var word = words[i];
            _form[i] = HashLower(word, lower, foldDigits: true);
            _lemma[i] = HashLower(lemmas[i], lower, foldDigits: true);
            _xpos[i] = FeatureHash.OfText(xpos[i], foldDigits: false);
            _upos[i] = FeatureHash.OfText(upos[i], foldDigits: false);
            _formTag[i] = FeatureHash.Combine(_form[i], _xpos[i]);
            _shape[i] = FeatureHash.Of(Shape(word) + (i == 0 ? 8 : 0));
            IsPunctuation[i] = upos[i] == "PUNCT";
        }

        _form[count] = s_root;
        _lemma[count] = s_root;
        _xpos[count] = s_root;
        _upos[count] = s_root;
        _formTag[count] = s_root;
        _shape[count] = s_root;
        IsPunctuation[count] = false;
    }

    public ulong Form(int i) => i < 0 ? None : _form[i];

    public ulong Lemma(int i) => i < 0 ? None : _lemma[i];

    public ulong Tag(int i) => i < 0 ? None : _xpos[i];

    public ulong Upos(int i) => i < 0 ? None : _upos[i];

    public ulong FormTag(int i) => i < 0 ? None : _formTag[i];

    public ulong Shape(int i) => i < 0 ? None : _shape[i];

    private static ulong HashLower(string text, Span<char> buffer, bool foldDigits)
    {
        if (text.Length > buffer.Length)
        {
            return FeatureHash.OfText(text.ToLowerInvariant(), foldDigits);
        }

        var lower = buffer[..text.Length];
        text.AsSpan().ToLowerInvariant(lower);
        return FeatureHash.OfText(lower, foldDigits);
    }

    // 0 lower case, 1 capitalised, 2 all capitals, 3 has a digit, 4 no letter or digit.
    private static int Shape(string word)
    {
        bool upper = false, lowerSeen = false, digit = false;
        foreach (var c in word)
        {
            upper |= char.IsUpper(c);
            lowerSeen |= char.IsLower(c);
            digit |= char.IsDigit(c);
        }

        if (digit)
        {
            return 3;
        }

        if (upper)
        {
            return lowerSeen ? 1 : 2;
        }

        return lowerSeen ? 0 : 4;
    }
}
