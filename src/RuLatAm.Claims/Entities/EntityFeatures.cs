using RuLatAm.Claims.Analysis;

namespace RuLatAm.Claims.Entities;

/// <summary>
/// The hashed sparse features of one sentence's words: what the word looks like, its neighbours within two words,
/// the capitalised run it belongs to, word lists and the catalogue, and (through <see cref="Transition"/>) the tag
/// before it. Training and recognition both read features from here, so both always hash them the same way.
/// </summary>
/// <remarks>Per-word hashes are computed once in the constructor; each feature is then one mix of integers.</remarks>
internal sealed class EntityFeatures : ISentenceScratch
{
    /// <summary>Most buckets <see cref="Observation"/> writes for one word.</summary>
    public const int MaxObservations = 32;

    /// <summary>Buckets <see cref="Transition"/> writes for one word and one previous tag.</summary>
    public const int TransitionCount = 3;

    /// <summary>Version of the feature templates; a model trained on other templates is refused.</summary>
    public const int Version = 2;

    private const ulong Before = 0xB0;
    private const ulong After = 0xA0;
    private const byte Capitalised = 1;
    private const byte FirstWord = 2;
    private const byte Everyday = 4;

    private readonly ulong[] _exact;
    private readonly ulong[] _lower;
    private readonly ulong[] _longShape;
    private readonly ulong[] _shortShape;
    private readonly byte[] _flags;
    private readonly byte[] _lexicon;
    private readonly byte[] _gazetteer;
    private readonly int[] _runStart;
    private readonly int[] _runEnd;
    private IReadOnlyList<string> _words = [];
    private int _count;
    private int _shift;

    /// <summary>Hashes the words of one sentence.</summary>
    /// <param name="words">The words.</param>
    /// <param name="gazetteer">One catalogue tag per word (<see cref="EntityGazetteer.Mark"/>).</param>
    /// <param name="bits">Log2 of the number of buckets.</param>
    /// <param name="vocabulary">Words the training text writes in lower case.</param>
    public EntityFeatures(IReadOnlyList<string> words, ReadOnlySpan<byte> gazetteer, int bits, EntityVocabulary vocabulary)
        : this(words.Count)
    {
        Fill(words, gazetteer, bits, vocabulary);
    }

    private EntityFeatures(int capacity)
    {
        Capacity = capacity;
        _exact = new ulong[capacity];
        _lower = new ulong[capacity];
        _longShape = new ulong[capacity];
        _shortShape = new ulong[capacity];
        _flags = new byte[capacity];
        _lexicon = new byte[capacity];
        _gazetteer = new byte[capacity];
        _runStart = new int[capacity];
        _runEnd = new int[capacity];
    }

    /// <summary>The longest sentence there is room for.</summary>
    public int Capacity { get; }

    /// <summary>Room for the features of <paramref name="capacity"/> words, to be <see cref="Fill"/>ed per sentence.</summary>
    public static EntityFeatures WithCapacity(int capacity) => new(capacity);

    /// <summary>Hashes the words of one sentence into this instance, reusing its arrays.</summary>
    /// <param name="words">The words; no more than <see cref="Capacity"/>.</param>
    /// <param name="gazetteer">One catalogue tag per word (<see cref="EntityGazetteer.Mark"/>).</param>
    /// <param name="bits">Log2 of the number of buckets.</param>
    /// <param name="vocabulary">Words the training text writes in lower case.</param>
    public void Fill(IReadOnlyList<string> words, ReadOnlySpan<byte> gazetteer, int bits, EntityVocabulary vocabulary)
    {
        var count = words.Count;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, Capacity, nameof(words));
        _words = words;
        _count = count;
        _shift = 64 - bits;
        gazetteer[..count].CopyTo(_gazetteer);
        _runStart.AsSpan(0, count).Clear();
        _runEnd.AsSpan(0, count).Clear();
        for (var i = 0; i < count; i++)
        {
            HashWord(i);
            if ((_flags[i] & Capitalised) != 0 && vocabulary.Contains(_lower[i]))
            {
                _flags[i] |= Everyday;
            }
        }

        if (count > 0)
        {
            _flags[0] |= FirstWord;
        }

        FindCapitalisedRuns();
    }

    /// <summary>Writes the buckets of the features that do not depend on the previous tag.</summary>
    /// <returns>How many buckets were written (at most <see cref="MaxObservations"/>).</returns>
    public int Observation(int i, Span<int> buckets)
    {
        var n = 0;
        var word = _words[i];
        var first = (ulong)(_flags[i] & FirstWord);
        buckets[n++] = Bucket(1, _exact[i]);
        buckets[n++] = Bucket(2, _lower[i]);
        buckets[n++] = Bucket(3, _longShape[i], first);
        buckets[n++] = Bucket(4, _shortShape[i], first);
        n = Affixes(word, buckets, n);

        buckets[n++] = Bucket(20, Lower(i - 1));
        buckets[n++] = Bucket(21, Lower(i + 1));
        buckets[n++] = Bucket(22, Lower(i - 2));
        buckets[n++] = Bucket(23, Lower(i + 2));
        buckets[n++] = Bucket(24, Lower(i - 1), _lower[i]);
        buckets[n++] = Bucket(25, _lower[i], Lower(i + 1));
        buckets[n++] = Bucket(26, ShortShape(i - 1), _shortShape[i]);
        buckets[n++] = Bucket(27, _shortShape[i], ShortShape(i + 1));
        buckets[n++] = Bucket(28, (ulong)(Flags(i - 1) | (_flags[i] << 3) | (Flags(i + 1) << 6)));
        buckets[n++] = Bucket(29, _flags[i], _lexicon[i]);

        var lexicon = (ulong)(Lexicon(i - 1) | (_lexicon[i] << 2) | (Lexicon(i + 1) << 4));
        if (lexicon != 0)
        {
            buckets[n++] = Bucket(30, lexicon);
        }

        var gazetteer = (ulong)(Gazetteer(i - 1) | (_gazetteer[i] << 3) | (Gazetteer(i + 1) << 6));
        if (gazetteer != 0)
        {
            buckets[n++] = Bucket(31, gazetteer);
            buckets[n++] = Bucket(32, _gazetteer[i]);
        }

        if (_runEnd[i] > 0)
        {
            var start = _runStart[i];
            var end = _runEnd[i];
            var length = (ulong)Math.Min(end - start, 4);
            var place = (ulong)(i == start ? 1 : 0) | (ulong)(i == end - 1 ? 2 : 0);
            buckets[n++] = Bucket(40, _lower[end - 1]);
            buckets[n++] = Bucket(41, Lower(start - 1));
            buckets[n++] = Bucket(42, length, place);
            buckets[n++] = Bucket(43, _lexicon[end - 1], (ulong)Lexicon(start - 1), place);
        }

        return n;
    }

    /// <summary>Writes the buckets of the features that join the previous tag with this word.</summary>
    /// <param name="i">The word.</param>
    /// <param name="previous">The tag of the word before, or <see cref="BioTags.Start"/> for the first word.</param>
    /// <param name="buckets">Room for <see cref="TransitionCount"/> buckets.</param>
    public void Transition(int i, int previous, Span<int> buckets)
    {
        var tag = (ulong)previous;
        buckets[0] = Bucket(50, tag);
        buckets[1] = Bucket(51, tag, _shortShape[i]);
        buckets[2] = Bucket(52, tag, _lower[i]);
    }

    private int Affixes(string word, Span<int> buckets, int n)
    {
        var prefix = FeatureHash.Empty;
        var suffix = FeatureHash.Empty;
        var length = Math.Min(word.Length, 4);
        for (var k = 0; k < length; k++)
        {
            prefix = FeatureHash.Add(prefix, Fold(word[k]));
            suffix = FeatureHash.Add(suffix, Fold(word[word.Length - 1 - k]));
            if (k < word.Length - 1)
            {
                buckets[n++] = Bucket(10 + (ulong)k, prefix);
                buckets[n++] = Bucket(14 + (ulong)k, suffix);
            }
        }

        return n;
    }

    /// <summary>The hash of a word's lower-case form with digits folded to 0, as the features see it.</summary>
    public static ulong LowerHash(string word)
    {
        var hash = FeatureHash.Empty;
        foreach (var c in word)
        {
            hash = FeatureHash.Add(hash, Fold(c));
        }

        return hash;
    }

    private void HashWord(int i)
    {
        var word = _words[i];
        var exact = FeatureHash.Empty;
        var lower = FeatureHash.Empty;
        var longShape = FeatureHash.Empty;
        var shortShape = FeatureHash.Empty;
        var previousClass = '\0';
        var run = 0;
        foreach (var c in word)
        {
            exact = FeatureHash.Add(exact, c);
            lower = FeatureHash.Add(lower, Fold(c));
            var shapeClass = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = shapeClass == previousClass ? run + 1 : 1;
            if (run <= 3)
            {
                longShape = FeatureHash.Add(longShape, shapeClass);
            }

            if (run == 1)
            {
                shortShape = FeatureHash.Add(shortShape, shapeClass);
            }

            previousClass = shapeClass;
        }

        _exact[i] = exact;
        _lower[i] = lower;
        _longShape[i] = longShape;
        _shortShape[i] = shortShape;
        _flags[i] = word.Length > 0 && char.IsUpper(word[0]) ? Capitalised : (byte)0;
        _lexicon[i] = EntityLexicon.Of(word);
    }

    /// <summary>
    /// Finds runs of capitalised words ("Bank of Mexico", "Andres Manuel Lopez"), joined by a few lower-case
    /// connectors and broken at titles, so that "President" stays outside the name it introduces.
    /// </summary>
    private void FindCapitalisedRuns()
    {
        var count = _words.Count;
        var i = 0;
        while (i < count)
        {
            if (!IsRunWord(i))
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < count && (IsRunWord(end) || (IsConnector(_words[end]) && end + 1 < count && IsRunWord(end + 1))))
            {
                end++;
            }

            for (var k = i; k < end; k++)
            {
                _runStart[k] = i;
                _runEnd[k] = end;
            }

            i = end;
        }
    }

    private bool IsRunWord(int i) => (_flags[i] & Capitalised) != 0 && _lexicon[i] != EntityLexicon.Title;

    private static bool IsConnector(string word) => word is "of" or "de" or "del" or "da" or "do" or "dos" or "das" or "la" or "for" or "&";

    private static char Fold(char c) => char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);

    private ulong Lower(int i) => i < 0 ? Before : i >= _count ? After : _lower[i];

    private ulong ShortShape(int i) => i < 0 ? Before : i >= _count ? After : _shortShape[i];

    private int Flags(int i) => i < 0 || i >= _count ? 7 : _flags[i];

    private int Lexicon(int i) => i < 0 || i >= _count ? 0 : _lexicon[i];

    private int Gazetteer(int i) => i < 0 || i >= _count ? 0 : _gazetteer[i];

    private int Bucket(ulong template, ulong value) => (int)(FeatureHash.Combine(template, value) >> _shift);

    private int Bucket(ulong template, ulong first, ulong second) => (int)(FeatureHash.Combine(template, first, second) >> _shift);

    private int Bucket(ulong template, ulong first, ulong second, ulong third) =>
        (int)(FeatureHash.Combine(FeatureHash.Combine(template, first, second), third) >> _shift);
}
