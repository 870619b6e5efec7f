using RuLatAm.Claims.Analysis;

namespace RuLatAm.Claims.Parsing;

/// <summary>
/// Finds the Universal Dependencies tree of a tagged sentence: a greedy arc-hybrid transition parser whose
/// transition and relation models are linear scorers over hashed features, trained on the UD English Web Treebank.
/// </summary>
/// <remarks>
/// Thread-safe: the model is immutable and each call keeps its own state. The model ships inside the assembly and
/// is read once, on first use of <see cref="Default"/>. A parse takes time linear in the sentence length.
/// </remarks>
public sealed class DependencyParser
{
    private const string ResourceName = "RuLatAm.Claims.parser.bin";
    private const int TransitionCount = 3;

    // Lazy<T> is thread-safe by default: the first caller reads the model, the others wait for it.
    private static readonly Lazy<DependencyParser> s_default = new(() => new DependencyParser(LoadEmbedded()));

    internal DependencyParser(ParserModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
    }

    /// <summary>The parser with the built-in model, loaded on first use.</summary>
    /// <exception cref="InvalidOperationException">The embedded model is missing or corrupt.</exception>
    public static DependencyParser Default => s_default.Value;

    internal ParserModel Model { get; }

    /// <summary>Parses one sentence.</summary>
    /// <param name="words">The words, in order.</param>
    /// <param name="upos">One universal POS tag per word.</param>
    /// <param name="xpos">One Penn Treebank tag per word.</param>
    /// <param name="lemmas">One lemma per word.</param>
    /// <returns>
    /// A tree with exactly one root (head -1, relation "root"); every other word has a head within the sentence and a
    /// relation with its UD subtype where it has one (nsubj:pass, obl:agent, acl:relcl …). Empty for no words.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The lists differ in length.</exception>
    public DependencyTree Parse(IReadOnlyList<string> words, IReadOnlyList<string> upos, IReadOnlyList<string> xpos, IReadOnlyList<string> lemmas)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(upos);
        ArgumentNullException.ThrowIfNull(xpos);
        ArgumentNullException.ThrowIfNull(lemmas);
        if (upos.Count != words.Count || xpos.Count != words.Count || lemmas.Count != words.Count)
        {
            throw new ArgumentException(
                $"Every word needs one tag of each kind and one lemma: {words.Count} words, {upos.Count} UPOS, {xpos.Count} XPOS, {lemmas.Count} lemmas.",
                nameof(words));
        }

        var count = words.Count;
        if (count == 0)
        {
            return new DependencyTree([], []);
        }

        var scratch = ThreadScratch<ParseScratch>.For(count, static capacity => new ParseScratch(capacity));
        var sentence = scratch.Words;
        var state = scratch.State;
        sentence.Fill(words, upos, xpos, lemmas);
        state.Reset(count);
        Span<ulong> features = stackalloc ulong[FeatureWriter.Capacity];
        Span<float> scores = stackalloc float[64];
        while (!state.IsTerminal)
        {
            var transition = PredictTransition(sentence, state, features, scores);
            state.Apply(transition, transition == Transition.Shift ? -1 : PredictLabel(sentence, state, transition, features, scores));
        }

        var heads = new int[count];
        var relations = new string[count];
        for (var i = 0; i < count; i++)
        {
            heads[i] = state.Heads[i] == count ? -1 : state.Heads[i];
            relations[i] = Model.Relations[state.Labels[i]];
        }

        return new DependencyTree(heads, relations);
    }

    /// <summary>The best-scoring transition that is valid in <paramref name="state"/>.</summary>
    internal Transition PredictTransition(ParserWords sentence, ParseState state, Span<ulong> features, Span<float> scores)
    {
        // With one transition left to choose (an empty stack, or the buffer down to the root), scoring is wasted.
        if (OnlyValid(state) is { } forced)
        {
            return forced;
        }

        var written = ParserFeatures.ForTransition(sentence, state, features);
        var own = scores[..TransitionCount];
        Model.Transitions.Score(features[..written], own);
        var best = Transition.Shift;
        var bestScore = float.NegativeInfinity;
        for (var t = 0; t < TransitionCount; t++)
        {
            var transition = (Transition)t;
            if (own[t] > bestScore && state.IsValid(transition))
            {
                best = transition;
                bestScore = own[t];
            }
        }

        return best;
    }

    private static Transition? OnlyValid(ParseState state)
    {
        Transition? only = null;
        for (var t = 0; t < TransitionCount; t++)
        {
            if (state.IsValid((Transition)t))
            {
                if (only is not null)
                {
                    return null;
                }

                only = (Transition)t;
            }
        }

        return only;
    }

    /// <summary>The relation of the arc <paramref name="transition"/> makes: "root" for the root, else the best one seen in its direction.</summary>
    internal int PredictLabel(ParserWords sentence, ParseState state, Transition transition, Span<ulong> features, Span<float> scores)
    {
        var (head, dependent) = state.ArcOf(transition);
        if (head == state.Count)
        {
            return Model.RootRelation;
        }

        var written = ParserFeatures.ForLabel(sentence, state, head, dependent, features);
        var own = scores[..Model.Relations.Length];
        Model.Labels.Score(features[..written], own);
        var allowed = (dependent < head ? Model.LeftRelations : Model.RightRelations) & ~(1UL << Model.RootRelation);
        var best = -1;
        var bestScore = float.NegativeInfinity;
        for (var r = 0; r < own.Length; r++)
        {
            if (own[r] > bestScore && (allowed & (1UL << r)) != 0)
            {
                best = r;
                bestScore = own[r];
            }
        }

        // A model that allows no relation in a direction is corrupt; "dep" keeps the tree well-formed regardless.
        return best >= 0 ? best : Math.Max(0, Array.IndexOf(Model.Relations, "dep"));
    }

    private static ParserModel LoadEmbedded()
    {
        using var stream = typeof(DependencyParser).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded model '{ResourceName}' is missing; the package is incomplete.");
        try
        {
            return ParserModel.Read(stream);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            throw new InvalidOperationException($"Embedded model '{ResourceName}' is corrupt: {e.Message}", e);
        }
    }
}
