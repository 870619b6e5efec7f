using System.Buffers;

namespace RuLatAm.Claims.Tagging;

/// <summary>Assigns Universal and Penn Treebank part-of-speech tags to the words of a sentence.</summary>
/// <remarks>
/// A two-pass linear tagger trained on the UD English Web Treebank (see Resources/ATTRIBUTION.md): the first pass
/// tags left to right, the second re-tags each word seeing the first pass's tags on both sides. Each word gets one
/// consistent (UPOS, XPOS) pair. The model is read once, on first use, from the assembly. Thread-safe; a call
/// allocates only its two result arrays.
/// </remarks>
public sealed class PosTagger
{
    private readonly TaggerModel? _model;

    /// <summary>Creates a tagger over the built-in model.</summary>
    public PosTagger()
    {
    }

    internal PosTagger(TaggerModel model) => _model = model;

    /// <summary>A shared tagger.</summary>
    public static PosTagger Default { get; } = new();

    private TaggerModel Model => _model ?? TaggerModel.Embedded;

    /// <summary>Tags the words of one sentence.</summary>
    /// <param name="words">The sentence's words, in order.</param>
    /// <returns>One UPOS and one XPOS tag per word.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="words"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="words"/> holds a null word.</exception>
    public PosTags Tag(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var n = words.Count;
        for (var i = 0; i < n; i++)
        {
            if (words[i] is null)
            {
                throw new ArgumentException($"Word {i} is null; pass every word as a string.", nameof(words));
            }
        }

        if (n == 0)
        {
            return new PosTags([], []);
        }

        var model = Model;
        var buffer = ArrayPool<int>.Shared.Rent(2 * n);
        try
        {
            var firstPass = buffer.AsSpan(0, n);
            var classes = buffer.AsSpan(n, n);
            model.Predict(words, firstPass, classes);
            var upos = new string[n];
            var xpos = new string[n];
            for (var i = 0; i < n; i++)
            {
                upos[i] = model.Upos[classes[i]];
                xpos[i] = model.Xpos[classes[i]];
            }

            return new PosTags(upos, xpos);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buffer);
        }
    }
}
