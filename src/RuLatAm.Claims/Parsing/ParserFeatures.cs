namespace RuLatAm.Claims.Parsing;

/// <summary>
/// Feature templates of the parser: for the next transition, words, lemmas and tags around the stack top and the
/// buffer front with their children, distances, valencies and relation sets (after Zhang and Nivre 2011); for the
/// relation of a new arc, the head and dependent with their children and neighbours.
/// </summary>
/// <remarks>Changing a template, or their order, changes the meaning of every trained weight: retrain after it.</remarks>
internal static class ParserFeatures
{
    private static readonly ulong[] s_small = CreateSmall();
    private static readonly ulong s_left = FeatureHash.Of(-10);
    private static readonly ulong s_right = FeatureHash.Of(-11);

    /// <summary>Writes the features that score the next transition.</summary>
    public static int ForTransition(ParserWords w, ParseState state, Span<ulong> output)
    {
        var f = new FeatureWriter(output);
        int s0 = state.Stack(0), s1 = state.Stack(1), s2 = state.Stack(2);
        int b0 = state.Buffer(0), b1 = state.Buffer(1), b2 = state.Buffer(2);
        int s0L = Child(state.LeftmostChild, s0), s0L2 = Child(state.SecondLeftmostChild, s0);
        int s0R = Child(state.RightmostChild, s0), s0R2 = Child(state.SecondRightmostChild, s0);
        int s1L = Child(state.LeftmostChild, s1), s1R = Child(state.RightmostChild, s1), s1R2 = Child(state.SecondRightmostChild, s1);
        int b0L = Child(state.LeftmostChild, b0), b0L2 = Child(state.SecondLeftmostChild, b0);

        ulong s0w = w.Form(s0), s0p = w.Tag(s0), s0wp = w.FormTag(s0), s0l = w.Lemma(s0);
        ulong s1w = w.Form(s1), s1p = w.Tag(s1), s1wp = w.FormTag(s1), s1l = w.Lemma(s1);
        ulong b0w = w.Form(b0), b0p = w.Tag(b0), b0wp = w.FormTag(b0), b0l = w.Lemma(b0);
        ulong b1w = w.Form(b1), b1p = w.Tag(b1), b2p = w.Tag(b2), s2p = w.Tag(s2);

        // Single words.
        f.Add(s0w); f.Add(s0p); f.Add(s0wp); f.Add(s0l); f.Add(w.Upos(s0)); f.Add(w.Shape(s0));
        f.Add(s1w); f.Add(s1p); f.Add(s1wp); f.Add(s1l);
        f.Add(s2p); f.Add(w.Form(s2));
        f.Add(b0w); f.Add(b0p); f.Add(b0wp); f.Add(b0l); f.Add(w.Upos(b0)); f.Add(w.Shape(b0));
        f.Add(b1w); f.Add(b1p); f.Add(w.FormTag(b1));
        f.Add(b2p); f.Add(w.Form(b2));

        // Pairs.
        f.Add(s0wp, b0wp); f.Add(s0wp, b0w); f.Add(s0w, b0wp); f.Add(s0wp, b0p); f.Add(s0p, b0wp);
        f.Add(s0w, b0w); f.Add(s0p, b0p); f.Add(b0p, b1p); f.Add(s0l, b0l); f.Add(w.Upos(s0), w.Upos(b0));
        f.Add(s1wp, s0wp); f.Add(s1wp, s0p); f.Add(s1p, s0wp); f.Add(s1w, s0w); f.Add(s1p, s0p);
        f.Add(s1l, s0l); f.Add(w.Upos(s1), w.Upos(s0)); f.Add(s1p, b0p); f.Add(s1w, b0w);

        // Triples.
        f.Add(b0p, b1p, b2p); f.Add(s0p, b0p, b1p); f.Add(s1p, s0p, b0p); f.Add(s2p, s1p, s0p);
        f.Add(s1p, s0p, b1p); f.Add(w.Upos(s1), w.Upos(s0), w.Upos(b0)); f.Add(s0w, b0p, b1p); f.Add(s0p, b0w, b1p);
        f.Add(s1w, s0p, b0p); f.Add(s1p, s0w, b0p); f.Add(s1p, s0p, b0w);

        // Children.
        f.Add(s0p, w.Tag(s0L), b0p); f.Add(s0p, w.Tag(s0R), b0p); f.Add(s0p, b0p, w.Tag(b0L));
        f.Add(s1p, w.Tag(s1R), s0p); f.Add(s1p, s0p, w.Tag(s0L)); f.Add(s1p, s0p, w.Tag(s0R));
        f.Add(w.Form(s0L)); f.Add(w.Tag(s0L)); f.Add(Label(state, s0L));
        f.Add(w.Form(s0R)); f.Add(w.Tag(s0R)); f.Add(Label(state, s0R));
        f.Add(w.Form(b0L)); f.Add(w.Tag(b0L)); f.Add(Label(state, b0L));
        f.Add(w.Form(s1R)); f.Add(w.Tag(s1R)); f.Add(Label(state, s1R));
        f.Add(w.Tag(s1L)); f.Add(Label(state, s1L));
        f.Add(w.Tag(s0L2)); f.Add(Label(state, s0L2)); f.Add(w.Tag(s0R2)); f.Add(Label(state, s0R2));
        f.Add(w.Tag(b0L2)); f.Add(Label(state, b0L2)); f.Add(w.Tag(s1R2)); f.Add(Label(state, s1R2));
        f.Add(s0p, w.Tag(s0L), w.Tag(s0L2)); f.Add(s0p, w.Tag(s0R), w.Tag(s0R2));
        f.Add(b0p, w.Tag(b0L), w.Tag(b0L2)); f.Add(s1p, w.Tag(s1R), w.Tag(s1R2));
        f.Add(s0p, Label(state, s0L), b0p); f.Add(s0p, Label(state, s0R), b0p); f.Add(b0p, Label(state, b0L), s0p);
        f.Add(s1p, Label(state, s1R), s0p);

        // Distances between the words a transition would join.
        var d1 = s0 >= 0 && b0 >= 0 ? Distance(b0 - s0, b0 == state.Count) : ParserWords.None;
        var d2 = s1 >= 0 ? Distance(s0 - s1, root: false) : ParserWords.None;
        f.Add(s0w, d1); f.Add(s0p, d1); f.Add(b0w, d1); f.Add(b0p, d1); f.Add(s0w, b0w, d1); f.Add(s0p, b0p, d1);
        f.Add(s1p, d2); f.Add(s0p, d2); f.Add(s1p, s0p, d2); f.Add(s1w, s0w, d2);
        f.Add(Small(Math.Min(state.StackSize, 4)), b0p);

        // Valencies and relation sets.
        f.Add(s0w, Count(state.RightCount, s0)); f.Add(s0p, Count(state.RightCount, s0));
        f.Add(s0w, Count(state.LeftCount, s0)); f.Add(s0p, Count(state.LeftCount, s0));
        f.Add(b0w, Count(state.LeftCount, b0)); f.Add(b0p, Count(state.LeftCount, b0));
        f.Add(s1p, Count(state.RightCount, s1)); f.Add(s1p, Count(state.LeftCount, s1));
        f.Add(s0w, Set(state.RightLabels, s0)); f.Add(s0p, Set(state.RightLabels, s0));
        f.Add(s0w, Set(state.LeftLabels, s0)); f.Add(s0p, Set(state.LeftLabels, s0));
        f.Add(b0w, Set(state.LeftLabels, b0)); f.Add(b0p, Set(state.LeftLabels, b0));
        f.Add(s1p, Set(state.RightLabels, s1)); f.Add(s1p, Set(state.LeftLabels, s1));
        f.Add(s1p, s0p, Set(state.LeftLabels, s0)); f.Add(s0p, b0p, Set(state.LeftLabels, b0));

        // Punctuation between the stack top and the buffer front, for commas that close appositions and clauses.
        f.Add(s0p, b0p, Small(PunctuationBetween(w, s0, b0)));
        f.Add(s1p, s0p, Small(PunctuationBetween(w, s1, s0)));
        return f.Count;
    }

    /// <summary>Writes the features that choose the relation of the arc <paramref name="head"/> → <paramref name="dependent"/>.</summary>
    public static int ForLabel(ParserWords w, ParseState state, int head, int dependent, Span<ulong> output)
    {
        var f = new FeatureWriter(output);
        var dir = dependent < head ? s_left : s_right;
        int dL = Child(state.LeftmostChild, dependent), dL2 = Child(state.SecondLeftmostChild, dependent);
        int dR = Child(state.RightmostChild, dependent);
        var sibling = dependent < head ? Child(state.LeftmostChild, head) : Child(state.RightmostChild, head);
        int hL = Child(state.LeftmostChild, head);
        ulong dw = w.Form(dependent), dp = w.Tag(dependent), dl = w.Lemma(dependent), du = w.Upos(dependent);
        ulong hw = w.Form(head), hp = w.Tag(head), hl = w.Lemma(head), hu = w.Upos(head);
        var distance = Distance(Math.Abs(head - dependent), root: false);
        var dLl = w.Lemma(dL);
        var dLlab = Label(state, dL);

        f.Add(dir);
        f.Add(dw, dir); f.Add(dp, dir); f.Add(dl, dir); f.Add(du, dir); f.Add(w.FormTag(dependent), dir);
        f.Add(hw, dir); f.Add(hp, dir); f.Add(hl, dir); f.Add(hu, dir);
        f.Add(hp, dp, dir); f.Add(hl, dp, dir); f.Add(hp, dl, dir); f.Add(hl, dl, dir); f.Add(hw, dw, dir);
        f.Add(hu, du, dir); f.Add(hp, dp, dir, distance); f.Add(dp, distance, dir);
        f.Add(w.Shape(dependent), dp); f.Add(w.Shape(dependent), w.Shape(head), dir);

        // The dependent's children are complete in the arc-hybrid system: prepositions, markers, determiners.
        f.Add(dLlab, dLl); f.Add(dLlab, dp); f.Add(dLlab, dLl, dp); f.Add(dLlab, dLl, hp); f.Add(dLlab, dLl, hl);
        f.Add(Label(state, dL2), w.Lemma(dL2)); f.Add(Label(state, dL2), dp);
        f.Add(Label(state, dR), w.Lemma(dR)); f.Add(Label(state, dR), dp);
        f.Add(Set(state.LeftLabels, dependent), dp, dir); f.Add(Set(state.RightLabels, dependent), dp, dir);
        f.Add(Set(state.LeftLabels, dependent), Set(state.RightLabels, dependent));

        // The head's children so far: a passive auxiliary, an earlier subject or object.
        f.Add(Set(state.LeftLabels, head), hp, dir); f.Add(Set(state.RightLabels, head), hp, dir);
        f.Add(Set(state.LeftLabels, head), dp, dir); f.Add(Label(state, hL), w.Lemma(hL), dir);
        f.Add(Label(state, sibling), dp, dir); f.Add(Label(state, sibling), Label(state, hL), dp);

        // Neighbours and punctuation in between.
        f.Add(dp, w.Tag(dependent - 1), dir); f.Add(dp, Neighbour(w, dependent + 1), dir);
        f.Add(hp, w.Tag(head - 1), dir); f.Add(hp, Neighbour(w, head + 1), dir);
        f.Add(dp, hp, Small(PunctuationBetween(w, Math.Min(head, dependent), Math.Max(head, dependent))));
        return f.Count;
    }

    private static ulong Neighbour(ParserWords w, int i) => i <= w.Count ? w.Tag(i) : ParserWords.None;

    private static int Child(int[] children, int word) => word >= 0 ? children[word] : -1;

    private static ulong Label(ParseState state, int word) => word >= 0 && state.Labels[word] >= 0 ? Small(16 + state.Labels[word]) : ParserWords.None;

    private static ulong Count(int[] counts, int word) => word >= 0 ? Small(Math.Min(counts[word], 4)) : ParserWords.None;

    private static ulong Set(ulong[] sets, int word) => word >= 0 ? FeatureHash.Combine(s_small[0], sets[word]) : ParserWords.None;

    private static ulong Distance(int distance, bool root) => root ? Small(15) : Small(distance switch
    {
        <= 4 => distance,
        <= 6 => 5,
        <= 9 => 6,
        <= 14 => 7,
        _ => 8,
    });

    private static int PunctuationBetween(ParserWords w, int from, int to)
    {
        if (from < 0 || to < 0)
        {
            return 15;
        }

        var count = 0;
        for (var i = from + 1; i < to && i < w.Count && count < 2; i++)
        {
            if (w.IsPunctuation[i])
            {
                count++;
            }
        }

        return count;
    }

    private static ulong Small(int value) => s_small[value];

    private static ulong[] CreateSmall()
    {
        var values = new ulong[16 + 64];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = FeatureHash.Of(i);
        }

        return values;
    }
}
