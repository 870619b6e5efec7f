using RuLatAm.Claims.Analysis;

namespace RuLatAm.Claims.Entities;

/// <summary>Finds named entities (PER, ORG, LOC) in the words of a sentence.</summary>
/// <remarks>
/// A maximum-entropy tagger trained on Universal NER English EWT (tools/RuLatAm.Claims.Training, <c>train-ner</c>)
/// over hashed word, shape, affix, context, capitalisation, word-list and catalogue features, decoded with Viterbi
/// under BIO constraints. The model ships inside the package (Resources/ner.bin) and loads once, on first use.
/// Thread-safe.
/// </remarks>
public sealed class EntityRecognizer
{
    private const string ModelResource = "RuLatAm.Claims.ner.bin";

    private static readonly Lazy<EntityRecognizer> s_default = new(() => new EntityRecognizer(LoadEmbedded(), EntityGazetteer.Default));

    private readonly EntityModel _model;
    private readonly EntityDecoder _decoder;
    private readonly EntityGazetteer _gazetteer;

    internal EntityRecognizer(EntityModel model, EntityGazetteer gazetteer)
    {
        _model = model;
        _decoder = new EntityDecoder(model);
        _gazetteer = gazetteer;
    }

    /// <summary>The recognizer with the built-in model and actor catalogue.</summary>
    /// <exception cref="InvalidOperationException">On first use: the embedded model is missing or unreadable.</exception>
    public static EntityRecognizer Default => s_default.Value;

    /// <summary>Finds the entities of one sentence.</summary>
    /// <param name="words">The sentence's words.</param>
    /// <param name="upos">Their universal POS tags, one per word. The current model does not read them.</param>
    /// <returns>Non-overlapping entities in word order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="upos"/> does not have one tag per word.</exception>
    /// <remarks>Cost: linear in the number of words, about thirty weight rows per word and tag pair.</remarks>
    public EntitySpan[] Recognize(IReadOnlyList<string> words, IReadOnlyList<string> upos)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(upos);
        if (upos.Count != words.Count)
        {
            throw new ArgumentException($"There are {words.Count} words but {upos.Count} POS tags.", nameof(upos));
        }

        var count = words.Count;
        if (count == 0)
        {
            return [];
        }

        var tags = count <= 256 ? stackalloc int[count] : new int[count];
        Tag(words, tags);
        return BioTags.ToSpans(tags);
    }

    /// <summary>Writes the best BIO tag (see <see cref="BioTags"/>) of every word.</summary>
    internal void Tag(IReadOnlyList<string> words, Span<int> tags)
    {
        // By index: a foreach over the interface would box the array's enumerator once a sentence.
        for (var i = 0; i < words.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(words[i], nameof(words));
        }

        var gazetteer = words.Count <= 256 ? stackalloc byte[words.Count] : new byte[words.Count];
        _gazetteer.Mark(words, gazetteer);
        var features = ThreadScratch<EntityFeatures>.For(words.Count, EntityFeatures.WithCapacity);
        features.Fill(words, gazetteer, _model.Bits, _model.Vocabulary);
        _decoder.Decode(features, words.Count, tags);
    }

    private static EntityModel LoadEmbedded()
    {
        using var stream = typeof(EntityRecognizer).Assembly.GetManifestResourceStream(ModelResource)
            ?? throw new InvalidOperationException($"Embedded model '{ModelResource}' is missing; the package is incomplete.");
        try
        {
            return EntityModel.Read(stream);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            throw new InvalidOperationException($"Embedded model '{ModelResource}' is unreadable: {e.Message}", e);
        }
    }
}
