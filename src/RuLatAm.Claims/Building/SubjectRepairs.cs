using RuLatAm.Claims.Analysis;
using RuLatAm.Claims.Parsing;

namespace RuLatAm.Claims.Building;

/// <summary>
/// Subjects a greedy parser misplaces, found again from the tree around the verb: a name after a fronted phrase,
/// an owner of a predicated infinitive, "X and its partners" split apart.
/// </summary>
internal static class SubjectRepairs
{
    // "Following the deal with Peru, Russia is reaping …": after a fronted phrase the parser may take the name that
    // opens the clause for one more conjunct of the phrase. A name right before the verb group, after a comma, and
    // coordinated with something other than the verb's own subject, is the subject.
    public static int SlippedSubject(AnalyzedSentence s, TreeView tree, int verb, int subject)
    {
        var k = verb - 1;
        while (k >= 0 && tree.Head(k) == verb && tree.Relation(k) is "aux" or "aux:pass" or "advmod")
        {
            k--;
        }

        return k > 0 && k < verb - 1 && s.Upos(k) == "PROPN" && tree.Relation(k) == "conj" && s.Words[k - 1] == ","
            && tree.Head(k) is var coordinated and >= 0 && coordinated != subject && (subject < 0 || subject < k)
            ? k
            : -1;
    }

    // "In Peru, President X signed …", "But for Y, X's tour mainly serves …": a finite verb with no subject at all, right
    // after a phrase that opens after a comma and that the parser hung on the fronted phrase as a conjunct or
    // apposition, has that phrase for its subject. Returns its head, or -1.
    public static int FrontedPhraseRunOn(AnalyzedSentence s, TreeView tree, int verb)
    {
        var isFinite = s.Tags.Xpos[verb] is "VBD" or "VBZ" or "VBP" || tree.Children(verb).Any(tree, static (tree, c) => tree.Relation(c) == "aux");
        if (!isFinite || tree.Children(verb).Any(tree, static (tree, c) => tree.BaseRelation(c) is "nsubj" or "expl" || tree.Relation(c) == "nsubj:pass"))
        {
            return -1;
        }

        var k = verb - 1;
        while (k >= 0 && tree.Head(k) == verb && tree.Relation(k) is "aux" or "advmod")
        {
            k--;
        }

        var top = k;
        while (top >= 0 && tree.Relation(top) is "flat" or "compound" or "nmod" && tree.Head(top) is var up and >= 0 && up < top)
        {
            top = up;
        }

        if (top <= 0 || tree.Relation(top) is not ("conj" or "appos") || s.Upos(top) is not ("PROPN" or "NOUN"))
        {
            return -1;
        }

        var first = Arguments.Mention(s, tree, top).First;
        return first > 0 && s.Words[first - 1] == "," && tree.Head(top) < first ? top : -1;
    }

    /// <summary>
    /// The noun an infinitive is predicated of ("Russia's aim is [to expand]", "the step X can take is [to sign]"),
    /// whether parsed as the verb's subject or its outer subject; -1 when the verb is no such infinitive.
    /// </summary>
    public static int PredicatedNoun(AnalyzedSentence s, TreeView tree, int verb)
    {
        if (Agents.InfinitiveMarker(s, tree, verb) < 0
            || !tree.Children(verb).Any((tree, s), static (st, c) => st.tree.Relation(c) == "cop" && st.s.Lemmas[c] == "be"))
        {
            return -1;
        }

        var noun = tree.Child(verb, "nsubj:outer") is var outer and >= 0 ? outer : tree.Child(verb, "nsubj");
        return noun >= 0 && s.Upos(noun) == "NOUN" ? noun : -1;
    }

    // The one whose aim or step the noun is: its possessor, else the subject of the relative clause that defines it.
    public static int NounOwner(AnalyzedSentence s, TreeView tree, int noun)
    {
        if (tree.Child(noun, "nmod:poss") is var possessor and >= 0)
        {
            return possessor;
        }

        return tree.Child(noun, "acl:relcl") is var relative and >= 0 && tree.Child(relative, "nsubj") is var inner and >= 0
            && s.Upos(inner) is "PROPN" or "NOUN"
            ? inner
            : -1;
    }

    // "Despite Japan's efforts, India and Turkey signed …": a subject never takes a preposition, so one that does is a
    // fronted phrase the parser took for the subject, with the real subject hung on it as a conjunct or apposition
    // after the comma. Returns that name, or -1.
    public static int FrontedPhraseSubject(AnalyzedSentence s, TreeView tree, int subject)
    {
        var preposition = tree.Children(subject).FirstOrDefault((subject, tree, s), static (st, c) => c < st.subject && st.tree.Relation(c) == "case" && st.s.Upos(c) == "ADP", -1);
        if (preposition < 0)
        {
            return -1;
        }

        return tree.Children(subject).FirstOrDefault((subject, tree, s), static (st, c) =>
            c > st.subject && st.tree.Relation(c) is "conj" or "appos" && st.s.Upos(c) is "PROPN" or "NOUN" && c > 0
            && st.s.Words[Arguments.Mention(st.s, st.tree, c).First - 1] == ",", -1);
    }

    // "X and its partners have asked Y" means X (ANNOTATION.md 6, groups), yet parsers split the coordination: they
    // take "its partners" for the whole subject and hang X as a passive subject, or make the verb a conjunct of X.
    // Returns the verb's subject, X when it is so split off.
    public static int SubjectWithAllies(AnalyzedSentence s, TreeView tree, int verb)
    {
        var subject = tree.Child(verb, "nsubj");
        if (subject < 0 || !tree.Children(subject).Any((tree, s), static (st, c) => st.tree.Relation(c) == "nmod:poss" && st.s.Words[c].ToLowerInvariant() is "its" or "their"))
        {
            return subject;
        }

        var and = Arguments.Mention(s, tree, subject).First - 1;
        var named = and - 1;
        if (named < 0 || s.Upos(and) != "CCONJ" || s.Upos(named) != "PROPN")
        {
            return subject;
        }

        while (tree.Relation(named) is "flat" or "compound" && tree.Head(named) is var up and > 0 && up < and)
        {
            named = up;
        }

        var isSplit = tree.Head(named) == verb && tree.Relation(named) == "nsubj:pass" || tree.Head(verb) == named && tree.Relation(verb) == "conj";
        return isSplit ? named : subject;
    }
}
