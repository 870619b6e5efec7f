using System.Buffers;

namespace RuLatAm.Claims.Tagging;

/// <summary>The trained two-pass tagger: a tag inventory of (UPOS, XPOS) pairs and the weights of both passes.</summary>
/// <remarks>
/// Pass one tags left to right from word features and its own previous tags; pass two re-tags every word with the
/// first pass's tags on both sides. Both passes share the word features, so each is looked up once and feeds
/// both score rows. A model with one head is a first pass alone. Immutable and thread-safe; scratch space comes
/// from the shared array pools.
/// </remarks>
internal sealed class TaggerModel
{
    public const string FileName = "pos-tagger.bin";
    public const string Tag = "RuLatAm.Claims.PosTagger";
    public const int Version = 1;
    public const int FirstPass = 0;
    public const int SecondPass = 1;

    private static readonly Lazy<TaggerModel> s_embedded = new(() =>
    {
        using var reader = ModelFile.OpenEmbedded(FileName, Tag, Version);
        return Read(reader);
    });

    private readonly FeatureWeights _weights;

    public TaggerModel(string[] upos, string[] xpos, FeatureWeights weights)
    {
        if (upos.Length != xpos.Length || upos.Length != weights.ClassCount || weights.HeadCount > 2)
        {
            throw new InvalidDataException("The tagger's tag inventory does not match its weights.");
        }

        Upos = upos;
        Xpos = xpos;
        _weights = weights;
    }

    public static TaggerModel Embedded => s_embedded.Value;

    /// <summary>UPOS of each class.</summary>
    public string[] Upos { get; }

    /// <summary>XPOS of each class.</summary>
    public string[] Xpos { get; }

    public static TaggerModel Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count <= 0 || count > ushort.MaxValue)
        {
            throw new InvalidDataException("The tagger has an invalid tag count.");
        }

        var upos = new string[count];
        var xpos = new string[count];
        for (var c = 0; c < count; c++)
        {
            upos[c] = string.Intern(reader.ReadString());
            xpos[c] = string.Intern(reader.ReadString());
        }

        return new TaggerModel(upos, xpos, FeatureWeights.Read(reader));
    }

    /// <summary>Tags one sentence; writes class indices of both passes.</summary>
    /// <param name="words">The words.</param>
    /// <param name="firstPass">Receives the first pass's classes (the training tool reads them for the second pass).</param>
    /// <param name="classes">Receives the final classes.</param>
    public void Predict(IReadOnlyList<string> words, Span<int> firstPass, Span<int> classes)
    {
        var n = words.Count;
        var classCount = _weights.ClassCount;
        var twoPass = _weights.HeadCount == 2;
        var hashes = ArrayPool<WordHashes>.Shared.Rent(n);
        var second = ArrayPool<float>.Shared.Rent(n * classCount);
        var scores = ArrayPool<float>.Shared.Rent(classCount);
        try
        {
            for (var i = 0; i < n; i++)
            {
                hashes[i] = WordHashes.Of(words[i]);
            }

            ReadOnlySpan<WordHashes> sentence = hashes.AsSpan(0, n);
            Span<ulong> keys = stackalloc ulong[TaggerFeatures.MaxKeys];
            Span<int> slots = stackalloc int[TaggerFeatures.MaxKeys];
            var score = scores.AsSpan(0, classCount);
            for (var i = 0; i < n; i++)
            {
                var row = second.AsSpan(i * classCount, classCount);
                _weights.Bias(FirstPass).CopyTo(score);
                if (twoPass)
                {
                    _weights.Bias(SecondPass).CopyTo(row);
                }

                var k = TaggerFeatures.Words(sentence, i, keys);
                var found = _weights.FindAll(keys[..k], slots);
                foreach (var slot in slots[..found])
                {
                    _weights.Add(FirstPass, slot, score);
                    if (twoPass)
                    {
                        _weights.Add(SecondPass, slot, row);
                    }
                }

                k = TaggerFeatures.History(sentence, i, i > 1 ? firstPass[i - 2] : -1, i > 0 ? firstPass[i - 1] : -1, keys);
                _weights.AddAll(FirstPass, keys[..k], score);
                firstPass[i] = FeatureWeights.ArgMax(score);
            }

            if (!twoPass)
            {
                firstPass[..n].CopyTo(classes);
                return;
            }

            for (var i = 0; i < n; i++)
            {
                var row = second.AsSpan(i * classCount, classCount);
                var k = TaggerFeatures.Context(sentence, firstPass[..n], i, keys);
                _weights.AddAll(SecondPass, keys[..k], row);
                classes[i] = FeatureWeights.ArgMax(row);
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scores);
            ArrayPool<float>.Shared.Return(second);
            ArrayPool<WordHashes>.Shared.Return(hashes);
        }
    }
}
