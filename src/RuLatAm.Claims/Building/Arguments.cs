using RuLatAm.Claims.Attribution;
using RuLatAm.Claims.Analysis;
using RuLatAm.Claims.Parsing;

namespace RuLatAm.Claims.Building;

/// <summary>Reads a predicate's arguments off the tree: mentions, conjuncts, on whom or what it acts, and what clause is said.</summary>
internal static class Arguments
{
    private static readonly HashSet<string> s_outsideMention = new(StringComparer.Ordinal)
    {
        "acl", "acl:relcl", "appos", "punct", "conj", "cc", "cc:preconj", "advcl", "parataxis", "dep", "ccomp", "xcomp", "list", "discourse",
    };

    private static readonly HashSet<string> s_outsideTarget = new(StringComparer.Ordinal)
    {
        "acl", "acl:relcl", "appos", "punct", "advcl", "parataxis", "dep", "ccomp", "xcomp", "discourse",
    };

    // Nouns that only complete a light verb ("take part in", "take advantage of"): the party follows them.
    private static readonly HashSet<string> s_lightObjects = new(StringComparer.Ordinal)
    {
        "part", "advantage", "aim", "note", "stock", "charge", "care",
    };

    private static readonly HashSet<string> s_targetCases = new(StringComparer.Ordinal)
    {
        "with", "to", "against", "into", "from", "on", "toward", "towards", "at",
    };

    /// <summary>The words of the mention headed by <paramref name="head"/>: its phrase without clauses, appositions or conjuncts.</summary>
    public static (int First, int End) Mention(AnalyzedSentence s, TreeView tree, int head) =>
        tree.Span(head, (s, tree, head), static (state, child) => IsOutsideMention(state.s, state.tree, state.head, child));

    private static bool IsOutsideMention(AnalyzedSentence s, TreeView tree, int head, int child) =>
        s_outsideMention.Contains(tree.Relation(child)) || tree.Relation(child) == "case" && (child < head || IsPossessiveMark(s, child))
        || child > head && tree.BaseRelation(child) is "nmod" or "obl" && CaseOf(s, tree, child) is not "of"
        || IsDetachedFlat(s, tree, child);

    // A name's parts are adjacent ("Miguel Diaz-Canal"): a "flat" word beyond other words ("A's B and C's D" with D
    // hung on B) is a parser slip and names someone else.
    private static bool IsDetachedFlat(AnalyzedSentence s, TreeView tree, int child)
    {
        if (tree.Relation(child) != "flat" || tree.Head(child) is not (var name and >= 0) || child <= name + 1)
        {
            return false;
        }

        // "Brazil's Lula" read as one name: the possessive only sets off the possessed name, which is the mention's.
        for (var k = name + 1; k < child; k++)
        {
            if (tree.Relation(k) is not ("flat" or "punct") && !(k == name + 1 && IsPossessiveMark(s, k)))
            {
                return true;
            }
        }

        return false;
    }

    // The possessor is "Lavrov", not "Lavrov's".
    private static bool IsPossessiveMark(AnalyzedSentence s, int word) => s.Words[word] is "'s" or "\u2019s" or "'" or "\u2019";

    /// <summary>Heads of the conjuncts coordinated with <paramref name="head"/> ("Gazprom and YPF"), the head first.</summary>
    public static List<int> Conjuncts(AnalyzedSentence s, TreeView tree, int head)
    {
        var heads = new List<int> { head };
        var hasConjunct = tree.Children(head).Any(tree, static (tree, c) => tree.Relation(c) == "conj");
        foreach (var child in tree.Children(head))
        {
            // "Bolivia, El Salvador and Honduras" with the middle item read as renaming the first.
            if (hasConjunct && tree.Relation(child) == "appos" && s.Upos(child) == "PROPN" && s.Upos(head) == "PROPN")
            {
                heads.Add(child);
            }

            if (tree.Relation(child) == "conj" && s.Upos(child) is "PROPN" or "NOUN" or "PRON")
            {
                // "A's B and C's D" with C taken for the conjunct: C only owns the conjunct D that follows it.
                var possessed = child + 2;
                heads.Add(possessed < s.Count && IsPossessiveMark(s, child + 1) && s.Upos(possessed) is "PROPN" or "NOUN" && tree.Head(possessed) != child
                    ? possessed
                    : child);
            }
        }

        return heads;
    }

    /// <summary>The head of the target: the direct or indirect object, else the object of a governing preposition.</summary>
    public static int Target(SentenceContext context, Predicate predicate)
    {
        var s = context.Sentence;
        var tree = context.Tree;
        var obj = DirectObject(s, tree, predicate.Content);

        if (obj < 0 && SplitSubject.MisreadObject(s, tree, predicate.Content) is var misread and >= 0)
        {
            obj = misread;
        }

        // "X was received by Y": Y acts, so X is acted on.
        if (obj < 0 && tree.Child(predicate.Content, "nsubj:pass") is var patient and >= 0 && Agents.PassiveAgent(s, tree, predicate.Content) >= 0)
        {
            obj = patient;
        }

        var indirect = tree.Child(predicate.Content, "iobj");
        var oblique = -1;
        if (obj < 0 && indirect < 0 && predicate.Top == predicate.Content && GappedObject.Of(s, tree, predicate.Top) is var gap and >= 0)
        {
            return gap;
        }

        // "held talks with X", "had a phone call with X": the party of the gathering is the party of the event.
        if (obj >= 0 && Agents.IsGathering(s.Lemmas[obj]) && WithParty(s, tree, obj) is var party and >= 0)
        {
            return party;
        }

        if (obj >= 0 && s_lightObjects.Contains(s.Lemmas[obj]))
        {
            // "take part in X", "take advantage of X": the noun only completes the verb; X is acted on.
            var completed = CompletingOblique(s, tree, predicate.Content, obj) is var onVerb and >= 0 ? onVerb : CompletingOblique(s, tree, obj, obj);
            if (completed >= 0)
            {
                return completed;
            }
        }

        foreach (var child in tree.Children(predicate.Content))
        {
            // "on Friday", "in Havana" say when and where, never whom. A verb the tagger took for a noun has its
            // obliques parsed as a noun's modifiers.
            if ((tree.BaseRelation(child) is "obl" || s.Upos(predicate.Content) == "NOUN" && tree.BaseRelation(child) is "nmod") && tree.Relation(child) is not ("obl:tmod" or "obl:npmod" or "obl:unmarked" or "obl:agent")
                && CaseOf(s, tree, child) is { } preposition && s_targetCases.Contains(preposition) && child > predicate.Content
                && !IsTimeOrPlace(context, child))
            {
                oblique = child;
                break;
            }
        }

        if (indirect >= 0)
        {
            return indirect;
        }

        // "resulted in X", "is looking for X", "pushed for X": a preposition right after the verb belongs to it.
        if (obj < 0 && oblique < 0)
        {
            oblique = PrepositionalObject(s, tree, predicate.Content);
            if (oblique >= 0 && RolePhrase.IsRole(s, tree, oblique))
            {
                oblique = RolePhrase.Beneficiary(s, tree, oblique);
            }

            if (oblique < 0)
            {
                oblique = GerundComplement.Of(s, tree, predicate.Content);
            }

            if (oblique < 0)
            {
                oblique = AdjectiveComplement.Party(s, tree, predicate.Content);
            }
        }

        // A reflexive object ("distance themselves from X", "align itself with X") only repeats the actor; the party
        // acted on is the object of the preposition.
        if (obj >= 0 && oblique >= 0 && IsReflexive(s, obj))
        {
            return oblique;
        }

        if (obj >= 0 && oblique >= 0 && PartyVerbs.PreferParty(predicate.Lemma, CaseOf(s, tree, oblique)))
        {
            return oblique;
        }

        // "give equipment to Ukraine" with the party parsed as the thing's modifier.
        if (obj >= 0 && oblique < 0 && PartyOfThing(s, tree, obj, predicate.Lemma) is var recipient and >= 0)
        {
            return recipient;
        }

        // A named party ("sell arms to Peru", "meet with Castro") says more than a common-noun object does.
        if (oblique >= 0 && (obj < 0 || s.Upos(obj) is not ("PROPN" or "PRON")) && s.Upos(oblique) is "PROPN")
        {
            return oblique;
        }

        return obj >= 0 ? obj : oblique;
    }

    // The first prepositional phrase after the light noun among the word's children.
    private static int CompletingOblique(AnalyzedSentence s, TreeView tree, int word, int noun)
    {
        foreach (var child in tree.Children(word))
        {
            if (child > noun && tree.BaseRelation(child) is "obl" or "nmod" && CaseOf(s, tree, child) is not null)
            {
                return child;
            }
        }

        return -1;
    }

    // "deliver the first batch of vaccines to Argentina": the party may hang on a noun inside the thing's phrase too.
    private static int PartyOfThing(AnalyzedSentence s, TreeView tree, int thing, string lemma)
    {
        foreach (var child in tree.Children(thing))
        {
            if (child > thing && tree.BaseRelation(child) is "nmod")
            {
                if (s.Upos(child) == "PROPN" && PartyVerbs.PreferParty(lemma, CaseOf(s, tree, child)))
                {
                    return child;
                }

                if (CaseOf(s, tree, child) == "of" && PartyOfThing(s, tree, child, lemma) is var deeper and >= 0)
                {
                    return deeper;
                }
            }
        }

        return -1;
    }

    private static bool IsReflexive(AnalyzedSentence s, int word) =>
        s.Upos(word) == "PRON" && (s.Words[word].EndsWith("self", StringComparison.OrdinalIgnoreCase) || s.Words[word].EndsWith("selves", StringComparison.OrdinalIgnoreCase));

    // A relative pronoun object ("the debt that Moscow did not forgive") stands for the noun the clause describes;
    // a "that" misread as object of a verb that has a real one yields to it.
    private static int DirectObject(AnalyzedSentence s, TreeView tree, int verb)
    {
        var first = tree.Child(verb, "obj");
        if (first < 0 || s.Tags.Xpos[first] is not ("WDT" or "WP"))
        {
            return first;
        }

        // A loop rather than LINQ: this runs for every predicate.
        foreach (var real in tree.Children(verb))
        {
            if (real > first && real > verb && tree.Relation(real) == "obj")
            {
                return real;
            }
        }

        return tree.Relation(verb) == "acl:relcl" && tree.Head(verb) is var antecedent and >= 0 && antecedent < first ? antecedent : -1;
    }

    /// <summary>The oblique whose preposition directly follows the verb (after any particle or adverb), or -1.</summary>
    public static int PrepositionalObject(AnalyzedSentence s, TreeView tree, int verb)
    {
        var next = verb + 1;
        while (next < s.Count && (tree.Relation(next) == "compound:prt" || s.Upos(next) == "ADV" && tree.Head(next) == verb))
        {
            next++;
        }

        if (next >= s.Count || tree.Relation(next) != "case")
        {
            return -1;
        }

        var noun = tree.Head(next);
        return noun >= 0 && tree.Head(noun) == verb && tree.BaseRelation(noun) is "obl" && tree.Relation(noun) is not ("obl:tmod" or "obl:agent") ? noun : -1;
    }

    /// <summary>The words of the target phrase headed by <paramref name="head"/>, coordinated items included.</summary>
    /// <remarks>
    /// A time or place after the noun ("met the minister in Lima on Tuesday") tells where and when the event was,
    /// not who the party is, even when the parser hangs it on the noun: it stays out, so the phrase is the shortest
    /// that identifies the target.
    /// </remarks>
    public static (int First, int End) TargetPhrase(SentenceContext context, int head)
    {
        var (first, end) = context.Tree.Span(head, (context, head), static (state, child) =>
            s_outsideTarget.Contains(state.context.Tree.Relation(child)) || state.context.Tree.Relation(child) == "case" && child < state.head
            || child > state.head && (IsTimeOrPlace(state.context, child) || IsDate(state.context, child)));

        // A date the phrase runs across ("the purchase of diesel last month, despite …") ends it.
        for (var k = head + 1; k < end; k++)
        {
            if (IsDate(context, k))
            {
                end = k;
                while (end > head + 1 && context.Sentence.Upos(end - 1) == "PUNCT")
                {
                    end--;
                }
            }
        }

        return (first, end);
    }

    /// <summary>Whether the word lies inside a date expression of the sentence ("on Tuesday").</summary>
    public static bool IsDate(SentenceContext context, int word)
    {
        var span = context.Sentence.SpanOf(word, word + 1);
        foreach (var date in context.Dates)
        {
            if (date.Span.Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTimeOrPlace(SentenceContext context, int word)
    {
        var s = context.Sentence;
        if (context.Tree.BaseRelation(word) is not ("nmod" or "obl") || CaseOf(s, context.Tree, word) is not ("in" or "on" or "at" or "during"))
        {
            return false;
        }

        if (IsDate(context, word))
        {
            return true;
        }

        foreach (var entity in s.Entities)
        {
            if (entity.Label == "LOC" && entity.FirstWord <= word && word < entity.EndWord)
            {
                return true;
            }
        }

        return false;
    }

    private static int WithParty(AnalyzedSentence s, TreeView tree, int noun)
    {
        foreach (var child in tree.Children(noun))
        {
            if (child > noun && tree.BaseRelation(child) is "nmod" && CaseOf(s, tree, child) == "with")
            {
                return child;
            }
        }

        return -1;
    }

    /// <summary>The preposition of an oblique or nominal modifier, lower-cased, or null.</summary>
    public static string? CaseOf(AnalyzedSentence s, TreeView tree, int word)
    {
        foreach (var child in tree.Children(word))
        {
            if (tree.Relation(child) == "case")
            {
                return s.Words[child].ToLowerInvariant();
            }
        }

        return null;
    }

    /// <summary>The clause a speech verb reports: its clausal complement, or the quoted clause it is attached to.</summary>
    public static int SaidClause(SentenceContext context, int verb)
    {
        var tree = context.Tree;
        foreach (var relation in (ReadOnlySpan<string>)["ccomp", "parataxis", "xcomp"])
        {
            // "X, who visited Y, said Z" may come with the relative clause as a second complement.
            foreach (var clause in tree.Children(verb))
            {
                // Nor is a closing report hung on the verb ("X spoke with Y, the ministry said") what X said.
                if (tree.Relation(clause) == relation && !WhoAntecedent.IsStrayRelative(context.Sentence, tree, clause)
                    && SpokenContent.TrailingReportComma(context, clause, context.Sentence.Lemmas[clause]) < 0)
                {
                    return clause;
                }
            }
        }

        // "said on Tuesday that …", "told reporters that …", "said in a statement that …": the parser may read "that" as
        // a relative pronoun of the date, addressee or medium. A clause with a subject of its own after it is what was said.
        // A speech verb read as a noun ("the Kremlin denies [that …]") has the clause as its relative clause.
        if (ThatClauseOn(context, verb) is var own and >= 0)
        {
            return own;
        }

        // The medium may be deeper: "said in an interview with the agency that …".
        foreach (var child in tree.Children(verb))
        {
            if (child > verb && (IsDate(context, child) || tree.BaseRelation(child) is "iobj" or "obj" or "obl"))
            {
                for (int noun = child, depth = 0; noun >= 0 && depth < 3; noun = LastModifier(tree, noun), depth++)
                {
                    if (ThatClauseOn(context, noun) is var relative and >= 0)
                    {
                        return relative;
                    }
                }
            }
        }

        // "said the first wells could be drilled": the parser may take the clause's subject for the verb's object and
        // hang the rest on it as a relative clause; a modal with no relative word says it is what was said.
        if (tree.Child(verb, "obj") is var said and > 0 && said > verb && context.Sentence.Upos(said) is "NOUN" or "PROPN"
            && tree.Child(said, "acl:relcl") is var rest and >= 0 && IsModalClauseWithoutRelative(context.Sentence, tree, rest))
        {
            return said;
        }

        // "…," said X: parsers often make the speech verb the dependent of the quoted clause before it. A speech verb
        // before its head, or under another one, is instead what that report says ("X asked Y, the ministry said";
        // "Z said X would respond").
        return tree.Relation(verb) is "parataxis" or "ccomp" && tree.Head(verb) is var head && head < verb
            && !SpeechVerbs.IsSpeech(context.Sentence.Lemmas[head]) ? head : -1;
    }

    // A relative clause on the noun that opens with "that" and has a subject of its own, or -1.
    private static int ThatClauseOn(SentenceContext context, int noun)
    {
        var tree = context.Tree;
        return tree.Child(noun, "acl:relcl") is var relative and >= 0 && tree.Span(relative, 0, static (_, _) => false).First is var that
            && context.Sentence.Words[that].Equals("that", StringComparison.OrdinalIgnoreCase)
            && tree.Children(relative).Any((that, tree), static (st, c) => c != st.that && st.tree.BaseRelation(c) is "nsubj")
            ? relative
            : -1;
    }

    // The last noun modifier after the noun, or -1.
    private static int LastModifier(TreeView tree, int noun)
    {
        var last = -1;
        foreach (var child in tree.Children(noun))
        {
            if (child > noun && tree.BaseRelation(child) is "nmod")
            {
                last = child;
            }
        }

        return last;
    }

    private static bool IsModalClauseWithoutRelative(AnalyzedSentence s, TreeView tree, int clause)
    {
        var modal = false;
        foreach (var child in tree.Children(clause))
        {
            if (s.Tags.Xpos[child] is "WDT" or "WP" or "WP$" or "WRB" || s.Words[child].Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            modal |= s.Tags.Xpos[child] == "MD";
        }

        return modal;
    }
}
