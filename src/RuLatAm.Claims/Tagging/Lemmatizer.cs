namespace RuLatAm.Claims.Tagging;

/// <summary>Gives the dictionary form of a tagged word ("met" VERB gives "meet").</summary>
/// <remarks>
/// Trained on the UD English Web Treebank (see Resources/ATTRIBUTION.md). A word form the treebank holds with the
/// same Penn Treebank tag takes the lemma the treebank gives it most often (this covers irregular forms: "was"
/// gives "be"); any other word gets an edit ("strip 3, append y") chosen by a classifier from its ending and tags,
/// checked against the lemmas the treebank uses, so that a doubtful tag or ending falls back on a known word.
/// The model is read once, on first use, from the assembly. Thread-safe.
/// </remarks>
public sealed class Lemmatizer
{
    private readonly LemmaModel? _model;

    /// <summary>Creates a lemmatizer over the built-in model.</summary>
    public Lemmatizer()
    {
    }

    internal Lemmatizer(LemmaModel model) => _model = model;

    /// <summary>A shared lemmatizer.</summary>
    public static Lemmatizer Default { get; } = new();

    /// <summary>The lemma of <paramref name="word"/>.</summary>
    /// <param name="word">The word as written.</param>
    /// <param name="upos">Its universal POS tag.</param>
    /// <param name="xpos">Its Penn Treebank tag.</param>
    /// <returns>The lemma: lower-cased for common words, capitalised as a name for proper nouns, as the treebank
    /// writes them; <paramref name="word"/> itself when it is its own lemma.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public string Lemmatize(string word, string upos, string xpos)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(upos);
        ArgumentNullException.ThrowIfNull(xpos);
        return (_model ?? LemmaModel.Embedded).Lemmatize(word, upos, xpos);
    }

    /// <summary>
    /// The word written at <paramref name="start"/> of <paramref name="text"/>: the lexicon's own string when it holds
    /// the form as written, so that common words are not copied at every occurrence.
    /// </summary>
    internal string Word(string text, int start, int length) =>
        (_model ?? LemmaModel.Embedded).KnownForm(text.AsSpan(start, length)) ?? text.Substring(start, length);

    /// <summary>The verb lemma of a word the training treebank holds only as a verb ("met" gives "meet"), else null:
    /// lets later stages read a word the tagger took for a noun as the verb it can only be.</summary>
    internal string? VerbOnlyLemma(string word)
    {
        var model = _model ?? LemmaModel.Embedded;
        return model.OnlyVerbTag(word) is { } tag ? model.Lemmatize(word, "VERB", tag) : null;
    }

    /// <summary>The verb lemma of a word the training treebank holds as a present-tense verb ("plans" gives "plan"),
    /// among other readings, else null.</summary>
    internal string? PresentVerbLemma(string word)
    {
        var model = _model ?? LemmaModel.Embedded;
        return model.KnownTags(word).Contains("VBZ") ? model.Lemmatize(word, "VERB", "VBZ") : null;
    }

    /// <summary>The Penn Treebank tags the training treebank holds the word with, most frequent first; empty when unseen.</summary>
    internal IReadOnlyList<string> KnownTags(string word) => (_model ?? LemmaModel.Embedded).KnownTags(word);

    /// <summary>Whether the training treebank holds the word, and never as a proper noun ("visits"; not an unseen
    /// surname such as "Ruiz"): a capitalised such word in a heading is no part of a name.</summary>
    internal bool IsOnlyCommonWord(string word)
    {
        var tags = (_model ?? LemmaModel.Embedded).KnownTags(word);
        return tags.Count > 0 && !tags.Any(t => t.StartsWith("NNP", StringComparison.Ordinal));
    }
}
