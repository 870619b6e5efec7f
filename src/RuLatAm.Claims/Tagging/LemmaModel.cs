using System.Buffers;
using System.Collections.Frozen;

namespace RuLatAm.Claims.Tagging;

/// <summary>The trained lemmatizer: a table of word forms seen in training, a classifier of edits for the rest, and
/// the lemmas of the training treebank to check the classifier against.</summary>
/// <remarks>Readings of a known form are stored most frequent first. Immutable and thread-safe.</remarks>
internal sealed class LemmaModel
{
    public const string FileName = "lemmatizer.bin";
    public const string Tag = "RuLatAm.Claims.Lemmatizer";
    public const int Version = 2;
    private const int StackLimit = 128;
    private const int MinStem = 3;
    private const string GoesWith = "GW";

    private static readonly Lazy<LemmaModel> s_embedded = new(() =>
    {
        using var reader = ModelFile.OpenEmbedded(FileName, Tag, Version);
        return Read(reader);
    });

    private readonly LemmaEdit[] _edits;
    private readonly FrozenDictionary<string, KnownForm[]>.AlternateLookup<ReadOnlySpan<char>> _known;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _forms;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lemmas;
    private readonly float _lexiconMargin;
    private readonly FeatureWeights _weights;

    public LemmaModel(
        LemmaEdit[] edits, FrozenDictionary<string, KnownForm[]> known, FrozenSet<string> lemmas, float lexiconMargin, FeatureWeights weights)
    {
        if (edits.Length != weights.ClassCount || weights.HeadCount != 1)
        {
            throw new InvalidDataException("The lemmatizer's edits do not match its weights.");
        }

        _edits = edits;
        _known = known.GetAlternateLookup<ReadOnlySpan<char>>();
        _forms = known.Keys.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _lemmas = lemmas.GetAlternateLookup<ReadOnlySpan<char>>();
        _lexiconMargin = lexiconMargin;
        _weights = weights;
    }

    public static LemmaModel Embedded => s_embedded.Value;

    /// <summary>The table key of a word: lower case, with curly apostrophes straightened.</summary>
    public static void Normalise(ReadOnlySpan<char> word, Span<char> destination)
    {
        for (var i = 0; i < word.Length; i++)
        {
            destination[i] = WordHashes.Normalise(word[i]);
        }
    }

    public static LemmaModel Read(BinaryReader reader)
    {
        var edits = new LemmaEdit[reader.ReadInt32()];
        for (var e = 0; e < edits.Length; e++)
        {
            edits[e] = ReadEdit(reader);
        }

        var count = reader.ReadInt32();
        var known = new Dictionary<string, KnownForm[]>(count, StringComparer.Ordinal);
        for (var f = 0; f < count; f++)
        {
            var form = reader.ReadString();
            var forms = new KnownForm[reader.ReadByte()];
            for (var j = 0; j < forms.Length; j++)
            {
                forms[j] = new KnownForm(string.Intern(reader.ReadString()), ReadEdit(reader));
            }

            // A goes-with fragment ("Daniel" of an e-mail address split in two) carries the lemma of the whole
            // address, never one of the word alone.
            forms = Array.FindAll(forms, f => f.Xpos != GoesWith);
            if (forms.Length > 0)
            {
                known[form] = forms;
            }
        }

        var lemmas = new string[reader.ReadInt32()];
        for (var l = 0; l < lemmas.Length; l++)
        {
            lemmas[l] = reader.ReadString();
        }

        var margin = reader.ReadSingle();
        return new LemmaModel(
            edits, known.ToFrozenDictionary(StringComparer.Ordinal), lemmas.ToFrozenSet(StringComparer.Ordinal), margin, FeatureWeights.Read(reader));
    }

    public string Lemmatize(string word, string upos, string xpos)
    {
        if (word.Length == 0)
        {
            return word;
        }

        char[]? rented = null;
        var key = word.Length <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(word.Length));
        try
        {
            key = key[..word.Length];
            Normalise(word, key);
            if (_known.TryGetValue(key, out var forms))
            {
                foreach (var form in forms)
                {
                    if (string.Equals(form.Xpos, xpos, StringComparison.Ordinal) && form.Edit.Fits(word))
                    {
                        return Apply(form.Edit, word);
                    }
                }

                // A tagging slip inside one word class ("said" as VBN for VBD) rarely changes the lemma: take the
                // form's most frequent reading in the same class before guessing from the ending. Names and common
                // nouns are different classes here, as their lemmas are cased differently.
                foreach (var form in forms)
                {
                    if (IsSameClass(form.Xpos, xpos) && form.Edit.Fits(word))
                    {
                        return Apply(form.Edit, word);
                    }
                }

                // A tag from another class sends the word to the classifier. When its edit gives a word the
                // treebank never uses as a lemma, the tag is more likely wrong than the table: a cut ("wedding" as
                // VBG gives "wedd"), a participle read as an adjective ("confirmed" as JJ), a plural read as a
                // singular name ("Hills" as NNP). The table's reading then wins, cased as the tag asks.
                var guess = Classify(word, upos, xpos);
                var reading = forms[0].Edit;
                var isName = xpos.StartsWith("NNP", StringComparison.Ordinal);
                var doubtful = guess.Strip > 0 || isName || xpos.StartsWith("JJ", StringComparison.Ordinal);
                if (doubtful && reading.Fits(word) && !IsLemma(word, guess))
                {
                    return Apply(isName ? reading with { Casing = LemmaCasing.Keep } : reading, word);
                }

                return Apply(guess, word);
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }

        // The treebank writes numbers without thousands separators; an edit only works on a word's end.
        if (string.Equals(xpos, "CD", StringComparison.Ordinal) && GroupedNumber.Is(word))
        {
            return GroupedNumber.WithoutSeparators(word);
        }

        return Apply(Classify(word, upos, xpos), word);
    }

    /// <summary>The form itself as the table holds it, when <paramref name="word"/> is written exactly so; otherwise null.</summary>
    public string? KnownForm(ReadOnlySpan<char> word) => _forms.TryGetValue(word, out var form) ? form : null;

    // The lemma as the treebank's own string when it uses it: most lemmas are common words, not worth a copy at every
    // occurrence.
    private string Apply(LemmaEdit edit, string word)
    {
        var length = edit.LengthFor(word);
        if (length > StackLimit || edit.Keeps(word))
        {
            return edit.Apply(word);
        }

        Span<char> lemma = stackalloc char[StackLimit];
        lemma = lemma[..length];
        edit.Write(word, lemma);
        return _lemmas.TryGetValue(lemma, out var known) ? known : new string(lemma);
    }

    /// <summary>The classifier's edit for a word, ignoring the table of known forms but preferring, among edits
    /// scoring close to the best, one that gives a lemma of the training treebank.</summary>
    public LemmaEdit Classify(string word, string upos, string xpos)
    {
        var hashes = WordHashes.Of(word);
        Span<ulong> keys = stackalloc ulong[LemmaFeatures.MaxKeys];
        var k = LemmaFeatures.Keys(word, hashes, upos, xpos, keys);
        var scores = ArrayPool<float>.Shared.Rent(_edits.Length);
        try
        {
            var score = scores.AsSpan(0, _edits.Length);
            _weights.Bias(0).CopyTo(score);
            _weights.AddAll(0, keys[..k], score);
            var best = -1;
            for (var c = 0; c < score.Length; c++)
            {
                if (_edits[c].Fits(word) && (best < 0 || score[c] > score[best]))
                {
                    best = c;
                }
            }

            if (best < 0)
            {
                return new LemmaEdit(LemmaCasing.Keep, 0, "");
            }

            // Endings are ambiguous ("violating" may lose "ing" or "ing" for "e"): a close second that gives a word
            // the treebank uses as a lemma beats a first that gives one it never does ("violat"). The second must
            // case the word as the first did and keep a stem, so that no name turns common and "km" does not
            // become the letter "k".
            if (!IsLemma(word, _edits[best]))
            {
                var known = -1;
                for (var c = 0; c < score.Length; c++)
                {
                    var edit = _edits[c];
                    if (score[c] >= score[best] - _lexiconMargin && (known < 0 || score[c] > score[known])
                        && edit.Casing == _edits[best].Casing && word.Length - edit.Strip >= MinStem && IsLemma(word, edit))
                    {
                        known = c;
                    }
                }

                best = known < 0 ? best : known;
            }

            return _edits[best];
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scores);
        }
    }

    /// <summary>The Penn Treebank tags the training treebank holds the word with, most frequent first; empty when
    /// it never saw the word.</summary>
    public IReadOnlyList<string> KnownTags(string word) => FormsOf(word) is { } forms ? Array.ConvertAll(forms, f => f.Xpos) : [];

    /// <summary>The word's most frequent Penn Treebank tag when the training treebank holds it only as a verb, else null.</summary>
    public string? OnlyVerbTag(string word)
    {
        if (FormsOf(word) is not { } forms)
        {
            return null;
        }

        foreach (var form in forms)
        {
            if (!form.Xpos.StartsWith("VB", StringComparison.Ordinal))
            {
                return null;
            }
        }

        return forms[0].Xpos;
    }

    // The readings the table holds for the word as its key writes it, or null.
    private KnownForm[]? FormsOf(string word)
    {
        if (word.Length == 0 || word.Length > StackLimit)
        {
            return null;
        }

        Span<char> key = stackalloc char[StackLimit];
        key = key[..word.Length];
        Normalise(word, key);
        return _known.TryGetValue(key, out var forms) ? forms : null;
    }

    /// <summary>Whether the edit turns <paramref name="word"/> into a lemma of the training treebank, ignoring case.</summary>
    public bool IsLemma(string word, LemmaEdit edit)
    {
        var keep = word.Length - edit.Strip;
        var length = keep + edit.Append.Length;
        if (keep < 0 || length == 0 || length > StackLimit)
        {
            return false;
        }

        Span<char> lemma = stackalloc char[StackLimit];
        Normalise(word.AsSpan(0, keep), lemma);
        Normalise(edit.Append, lemma[keep..]);
        return _lemmas.Contains(lemma[..length]);
    }

    private static bool IsSameClass(string known, string xpos) =>
        known.Length > 0 && xpos.Length > 0 && known[0] == xpos[0]
        && known.StartsWith("NNP", StringComparison.Ordinal) == xpos.StartsWith("NNP", StringComparison.Ordinal);

    private static LemmaEdit ReadEdit(BinaryReader reader)
    {
        var casing = reader.ReadByte();
        if (casing > (byte)LemmaCasing.Title)
        {
            throw new InvalidDataException("A lemma edit has an unknown casing.");
        }

        return new LemmaEdit((LemmaCasing)casing, reader.Read7BitEncodedInt(), reader.ReadString());
    }
}
