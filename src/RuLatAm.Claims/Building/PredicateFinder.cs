using RuLatAm.Claims.Analysis;
using RuLatAm.Claims.Attribution;
using RuLatAm.Claims.Dates;
using RuLatAm.Claims.Parsing;

namespace RuLatAm.Claims.Building;

/// <summary>
/// Finds the predicates of a parsed sentence. Control, aspectual and light verbs hand their content to the verb
/// they govern ("is expected to meet", "stopped supplying", "hopes to increase"), so a chain makes one predicate.
/// </summary>
internal static class PredicateFinder
{
    private static readonly HashSet<string> s_planned = new(StringComparer.Ordinal)
    {
        "expect", "schedule", "plan", "set", "due", "intend", "prepare", "aim", "go",
    };

    private static readonly HashSet<string> s_possible = new(StringComparer.Ordinal)
    {
        "hope", "want", "wish", "try", "attempt", "seek", "strive", "keen", "eager", "like", "need", "must", "ready", "willing",
    };

    // Verbs whose infinitive the actor commits to doing later.
    private static readonly HashSet<string> s_committing = new(StringComparer.Ordinal)
    {
        "promise", "threaten", "vow", "pledge", "agree", "decide", "offer", "undertake",
    };

    // Nouns whose infinitive is a plan or commitment ("plans to invest", "a decision to send").
    private static readonly HashSet<string> s_planNouns = new(StringComparer.Ordinal)
    {
        "plan", "intention", "decision", "commitment", "pledge", "promise", "agreement", "deal", "proposal", "bid",
    };

    private static readonly HashSet<string> s_negating = new(StringComparer.Ordinal) { "refuse", "fail", "decline", "unable" };

    private static readonly HashSet<string> s_preventing = new(StringComparer.Ordinal)
    {
        "bar", "ban", "prevent", "stop", "block", "prohibit", "forbid", "keep", "refrain", "exclude",
    };

    private static readonly HashSet<string> s_aspectual = new(StringComparer.Ordinal)
    {
        "begin", "start", "continue", "stop", "keep", "cease", "resume", "finish", "able", "manage", "have", "serve", "afford",
        "rule",
    };

    // Hearsay passives ("is said to have offered", "is believed to be"): the infinitive is the claim, its subject the actor.
    private static readonly HashSet<string> s_hearsay = new(StringComparer.Ordinal)
    {
        "say", "report", "believe", "think", "know", "understand", "allege", "rumor", "rumour", "reckon",
    };

    // Verbs that, like "be", only link their subject to a state or a noun ("remains focused", "became an ally").
    private static readonly HashSet<string> s_copular = new(StringComparer.Ordinal) { "remain", "become", "seem", "appear", "stay" };

    // Numbers the tagger sometimes reads as verbs after "to" ("to five countries").
    private static readonly HashSet<string> s_numberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "hundred", "thousand", "million",
    };

    // Relations under which a verb is not a predicate of its own.
    private static readonly HashSet<string> s_nonPredicate = new(StringComparer.Ordinal)
    {
        "amod", "compound", "det", "case", "mark", "fixed", "flat", "aux", "aux:pass", "cop", "nmod", "goeswith", "reparandum", "discourse",
    };

    public static List<Predicate> Find(AnalyzedSentence s, TreeView tree)
    {
        var predicates = new List<Predicate>();
        for (var v = 0; v < s.Count; v++)
        {
            var mistagged = MistaggedVerb.Lemma(s, tree, v);
            if (s.Upos(v) != "VERB" && !IsAdjectivalControlHead(s, tree, v) && mistagged is null && !IsInNegotiations(s, tree, v) || s_numberWords.Contains(s.Lemmas[v]) || s_nonPredicate.Contains(tree.Relation(v)) || IsAbsorbedByControlVerb(s, tree, v)
                || IsGerundOfParticipation(s, tree, v) || IsBarePurposeGerund(s, tree, v) || IsCopularOrPossessive(s, tree, v) || IsFramingParticiple(s, tree, v)
                || IsAgentlessPassiveClause(s, tree, v) || PossessiveHave.IsPossessionWithoutObject(s, tree, v) || IsSubjectlessPassive(tree, v))
            {
                continue;
            }

            var content = mistagged is not null ? MistaggedControlled(s, v, mistagged) : v;
            while (ControlledVerb(s, tree, content) is var next and >= 0)
            {
                content = next;
            }

            var (first, end) = ActionWords(s, tree, v, content);
            if (IsInNegotiations(s, tree, v))
            {
                // The action reads "is in talks with".
                first = Math.Min(first, tree.Child(v, "cop"));
            }

            var lemma = content == v && mistagged is not null ? mistagged : s.Lemmas[content];
            if (MisreadPerfect(s, tree, v) is var participle and >= 0)
            {
                (end, lemma) = (participle + 1, s.Lemmas[participle]);
            }

            var modality = mistagged is not null && content != v ? ModalityOfControl(mistagged) : ModalityOf(s, tree, v, content);
            predicates.Add(new Predicate(v, content, first, end, lemma, modality, TenseOf(s, tree, v)));
        }

        return predicates;
    }

    public static bool IsControl(string lemma) =>
        s_planned.Contains(lemma) || s_possible.Contains(lemma) || s_negating.Contains(lemma) || s_aspectual.Contains(lemma) || s_hearsay.Contains(lemma);

    // "participated in building", "a role in forging": the gerund names what the governing predicate consists of,
    // not a claim of its own; so does each gerund of a list that goes on after a comma ("in building, arming, …"),
    // wherever the parser hung it.
    private static bool IsGerundOfParticipation(AnalyzedSentence s, TreeView tree, int v) =>
        s.Tags.Xpos[v] == "VBG" && tree.Head(v) is var head and >= 0
        && (s.Upos(head) == "VERB" && tree.Children(v).Any((tree, s), static (st, c) => st.tree.Relation(c) is "mark" or "case" && st.s.Words[c].Equals("in", StringComparison.OrdinalIgnoreCase))
            || tree.Relation(v) == "conj" && IsGerundOfParticipation(s, tree, head)
            || PreviousListGerund(s, v) is var previous and >= 0 && tree.Head(previous) != v && IsGerundOfParticipation(s, tree, previous));

    // "host troops for training", "stopped for refuelling": a gerund after "for" with no argument names a purpose, as a
    // noun would; it is no act of its own.
    private static bool IsBarePurposeGerund(AnalyzedSentence s, TreeView tree, int v) =>
        s.Tags.Xpos[v] == "VBG" && tree.Children(v).Any((tree, s), static (st, c) => st.tree.Relation(c) is "mark" or "case" && st.s.Words[c].Equals("for", StringComparison.OrdinalIgnoreCase))
        && !tree.Children(v).Any(tree, static (tree, c) => tree.Relation(c) is "obj" or "iobj" or "nsubj" or "ccomp" or "xcomp" or "obl" or "advcl");

    // The gerund a list continues from: back over ", -ing" items (the tagger may read some as nouns) to the last
    // gerund before them; -1 when the word does not continue such a list.
    private static int PreviousListGerund(AnalyzedSentence s, int v)
    {
        var k = v - 2;
        while (k >= 1 && s.Words[k + 1] == "," && s.Words[k].EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            if (s.Tags.Xpos[k] == "VBG")
            {
                return k;
            }

            k -= 2;
        }

        return -1;
    }

    // A copular verb with its complement, or "have" for possession ("has allies"), is no claim (ANNOTATION.md 6,
    // copulas); "have talks", "have to" are.
    private static bool IsCopularOrPossessive(AnalyzedSentence s, TreeView tree, int v)
    {
        var lemma = s.Lemmas[v];
        if (s_copular.Contains(lemma))
        {
            return !HasObliqueWithOrToOrIn(s, tree, v);
        }

        // "wanted to be Russia's gateway": a control verb whose infinitive is only "be" with a noun or adjective.
        if (IsControl(lemma) && (tree.Child(v, "obj") is var obj && (obj < 0 || s.Tags.Xpos[obj] == "WDT")) && tree.Child(v, "xcomp") is var state and >= 0 && s.Upos(state) is "NOUN" or "ADJ" or "PROPN"
            && tree.Children(state).Any((s, tree), static (st, c) => st.tree.Relation(c) == "cop" && st.s.Lemmas[c] == "be"))
        {
            return true;
        }

        return lemma == "have" && !tree.HasChild(v, "xcomp") && tree.Child(v, "obj") is var had and >= 0 && !Agents.IsGathering(s.Lemmas[had])
            && MisreadPerfect(s, tree, v) < 0;
    }

    // A loop rather than a lambda, whose closure the caller would allocate for every word it looks at.
    private static bool HasObliqueWithOrToOrIn(AnalyzedSentence s, TreeView tree, int v)
    {
        foreach (var c in tree.Children(v))
        {
            if (tree.BaseRelation(c) is "obl" && Arguments.CaseOf(s, tree, c) is "with" or "to" or "in")
            {
                return true;
            }
        }

        return false;
    }

    // "has also expressed concern" parsed as "has [expressed concern]" with the participle as an adjective: the
    // participle is the verb of a perfect, and the claim is its.
    private static int MisreadPerfect(AnalyzedSentence s, TreeView tree, int v)
    {
        if (s.Lemmas[v] != "have")
        {
            return -1;
        }

        var k = v + 1;
        while (k < s.Count && s.Upos(k) == "ADV")
        {
            k++;
        }

        return k < s.Count && s.Tags.Xpos[k] == "VBN" && tree.Relation(k) == "amod" ? k : -1;
    }

    // "Speaking in Caracas, X vowed …", "hypothetically speaking": a speech participle that says nothing and to no
    // one only frames the clause it modifies.
    private static bool IsFramingParticiple(AnalyzedSentence s, TreeView tree, int v) =>
        s.Tags.Xpos[v] == "VBG" && tree.Relation(v) is "advcl" or "advmod" && SpeechVerbs.IsSpeech(s.Lemmas[v])
        && !tree.Children(v).Any((tree, s), static (st, c) => st.tree.Relation(c) is "ccomp" or "obj" or "iobj" or "xcomp" or "parataxis"
            || st.tree.BaseRelation(c) is "obl" && Arguments.CaseOf(st.s, st.tree, c) is "with" or "to");

    // "When asked about X, Y said …", "Elected in 2018, Y …": a fronted participle clause (the tagger may read the
    // participle as a past tense) is passive, its understood subject is the one acted on, and with no agent it is
    // no claim (ANNOTATION.md 6, non-actor subjects).
    private static bool IsAgentlessPassiveClause(AnalyzedSentence s, TreeView tree, int v) =>
        s.Tags.Xpos[v] is "VBN" or "VBD" && tree.Relation(v) == "advcl" && v < tree.Head(v)
        && !tree.Children(v).Any(tree, static (tree, c) => tree.Relation(c) is "aux" or "aux:pass" or "nsubj" or "nsubj:pass" or "obl:agent" or "obj");

    // "it is yet to be decided whether …": a passive with neither a subject of its own nor an agent names no one who acts
    // (ANNOTATION.md 6, non-actor subjects).
    private static bool IsSubjectlessPassive(TreeView tree, int v) =>
        tree.HasChild(v, "aux:pass") && !tree.HasChild(v, "nsubj:pass") && !tree.HasChild(v, "obl:agent") && tree.Relation(v) == "xcomp";

    // "X is in talks with Y": being in negotiations is negotiating, an event with its own actor and party.
    private static bool IsInNegotiations(AnalyzedSentence s, TreeView tree, int v) =>
        s.Upos(v) == "NOUN" && s.Lemmas[v] is "talk" or "negotiation" && tree.HasChild(v, "nsubj")
        && tree.Children(v).Any((tree, s), static (st, c) => st.tree.Relation(c) == "cop" && st.s.Lemmas[c] == "be")
        && tree.Children(v).Any((tree, s), static (st, c) => st.tree.Relation(c) == "case" && st.s.Words[c].Equals("in", StringComparison.OrdinalIgnoreCase));

    // "is able to use", "is keen to increase": the adjective heads the chain, as a control verb would.
    private static bool IsAdjectivalControlHead(AnalyzedSentence s, TreeView tree, int v) =>
        s.Upos(v) == "ADJ" && IsControl(s.Lemmas[v]) && ControlledVerb(s, tree, v) >= 0;

    private static bool IsAbsorbedByControlVerb(AnalyzedSentence s, TreeView tree, int v) =>
        tree.Head(v) is var head and >= 0 && IsControlledInfinitive(s, tree, head, v) && IsControlHead(s, head)
        || v >= 2 && MistaggedVerb.Lemma(s, tree, v - 2) is { } control && MistaggedControlled(s, v - 2, control) == v;

    // "NATO fail to provide" with "fail" read as a noun: a control verb hands its content to the infinitive right after it,
    // whatever the parser attached that to; otherwise the word is its own content.
    private static int MistaggedControlled(AnalyzedSentence s, int verb, string lemma) =>
        IsControl(lemma) && verb + 2 < s.Count && s.Words[verb + 1] == "to" && s.Upos(verb + 2) == "VERB" ? verb + 2 : verb;

    private static bool IsControlHead(AnalyzedSentence s, int head) =>
        s.Upos(head) is "VERB" or "ADJ" or "AUX" && IsControl(s.Lemmas[head]);

    // The xcomp a control verb hands its content to: "expected [to meet]", "stopped [supplying]".
    public static int ControlledVerb(AnalyzedSentence s, TreeView tree, int verb)
    {
        if (!IsControl(s.Lemmas[verb]))
        {
            return -1;
        }

        foreach (var child in tree.Children(verb))
        {
            if (IsControlledInfinitive(s, tree, verb, child) && s.Upos(child) == "VERB")
            {
                return child;
            }
        }

        return -1;
    }

    // The infinitive a control verb governs is its xcomp; the parser sometimes makes one right after it an adverbial
    // clause of purpose instead ("is scheduled to meet" as "scheduled [in order] to meet").
    private static bool IsControlledInfinitive(AnalyzedSentence s, TreeView tree, int verb, int child) =>
        tree.Relation(child) == "xcomp"
        || tree.Relation(child) == "advcl" && child == verb + 2 && s.Words[verb + 1].Equals("to", StringComparison.OrdinalIgnoreCase);

    // From the top verb's first auxiliary or negation to the content verb, with a particle or "with" right after it.
    private static (int First, int End) ActionWords(AnalyzedSentence s, TreeView tree, int top, int content)
    {
        // In an inverted condition ("should X agree") the fronted auxiliary stands before the actor: it is left out.
        var first = top;
        var subject = tree.Child(top, "nsubj");
        foreach (var child in tree.Children(top))
        {
            // "is due to meet", "is set to deliver": the copula of an adjective that controls a verb is part of the action.
            var isControlCopula = tree.Relation(child) == "cop" && s.Upos(top) == "ADJ" && content != top;
            if (child < first && child > subject && (tree.Relation(child) is "aux" or "aux:pass" or "advmod" || isControlCopula)
                && (tree.Relation(child) != "advmod" || IsInsideVerbGroup(s, child, top)))
            {
                first = child;
            }
        }

        var end = content + 1;
        while (end < s.Count && (tree.Relation(end) == "compound:prt" && tree.Head(end) == content
            || s.Words[end] is "with" && tree.Head(end) is var h and >= 0 && tree.Head(h) == content))
        {
            end++;
        }

        return (first, end);
    }

    // An adverb between an auxiliary and its verb ("will first meet") belongs to the action text.
    private static bool IsInsideVerbGroup(AnalyzedSentence s, int adverb, int verb)
    {
        for (var k = adverb - 1; k >= 0 && k >= adverb - 3; k--)
        {
            if (s.Upos(k) == "AUX")
            {
                return true;
            }

            if (s.Upos(k) != "ADV" && s.Upos(k) != "PART")
            {
                return false;
            }
        }

        return s.Words[adverb] is "not" or "n't" or "never" && adverb == verb - 1;
    }

    // "Neither X nor Y responded": the act is denied of each of them.
    private static bool HasNeitherSubject(AnalyzedSentence s, TreeView tree, int verb)
    {
        var subject = tree.Child(verb, "nsubj");
        return subject >= 0 && tree.Children(subject).Any((s, tree), static (st, c) =>
            st.tree.BaseRelation(c) is "cc" && st.s.Words[c].Equals("neither", StringComparison.OrdinalIgnoreCase));
    }

    private static Modality ModalityOf(AnalyzedSentence s, TreeView tree, int top, int content)
    {
        if (IsKeptFrom(s, tree, top) || HasNeitherSubject(s, tree, top))
        {
            return Modality.Negated;
        }

        var planned = false;
        var possible = false;
        for (var verb = content; verb >= 0; verb = verb == top ? -1 : tree.Head(verb))
        {
            var lemma = s.Lemmas[verb];
            foreach (var child in tree.Children(verb))
            {
                var word = s.Words[child].ToLowerInvariant();
                var relation = tree.Relation(child);
                if (relation == "advmod" && word is "not" or "n't" or "never" && !IsNotOnly(s, child))
                {
                    return Modality.Negated;
                }

                if (relation is "aux" or "aux:pass")
                {
                    planned |= word is "will" or "shall" or "'ll" or "would" or "wo";
                    possible |= word is "could" or "may" or "might" or "can" or "ca" or "must";
                }
            }

            if (verb != content)
            {
                if (s_negating.Contains(lemma))
                {
                    return Modality.Negated;
                }

                planned |= s_planned.Contains(lemma) || lemma == "be";
                possible |= s_possible.Contains(lemma);
            }
        }

        // "promised to reduce", "threatened to take", "is to embark": a commitment or an arrangement for the future.
        // The parser may read the infinitive as a purpose when a date comes between ("threatened on Monday to impose").
        var isInfinitive = Agents.InfinitiveMarker(s, tree, top) >= 0;
        var committed = tree.Relation(top) is "xcomp" or "advcl" && tree.Head(top) is var committing and >= 0 && s_committing.Contains(s.Lemmas[committing])
            && (tree.Relation(top) == "xcomp" || isInfinitive);
        planned |= committed
            || isInfinitive && tree.Children(top).Any((tree, s), static (st, c) => st.tree.Relation(c) is "aux" or "cop" && st.s.Lemmas[c] == "be");

        // "will watch the match and take part in …": a bare infinitive conjunct without auxiliary or subject shares
        // its head's; a finite one ("…," said X) has its own tense.
        if (!planned && !possible && tree.Relation(top) == "conj" && s.Tags.Xpos[top] == "VB" && tree.Head(top) is var shared and >= 0 && s.Upos(shared) == "VERB"
            && !tree.Children(top).Any(tree, static (tree, c) => tree.BaseRelation(c) is "aux" or "nsubj"))
        {
            var inherited = ModalityOf(s, tree, shared, shared);
            if (inherited is Modality.Planned or Modality.Negated)
            {
                return inherited;
            }
        }

        // "will meet X before heading to Y": a gerund that places a further act in the sequence shares the plan.
        if (!planned && !possible && s.Tags.Xpos[top] == "VBG" && tree.Relation(top) == "advcl" && tree.Head(top) is var sequenced and >= 0
            && tree.Children(top).Any((tree, s), static (st, c) => st.tree.Relation(c) == "mark" && st.s.Words[c].ToLowerInvariant() is "before" or "after")
            && ModalityOf(s, tree, sequenced, sequenced) == Modality.Planned)
        {
            return Modality.Planned;
        }

        // "announced plans to invest", "a decision to send": the infinitive completes a plan, not a purpose.
        var isPlan = isInfinitive && tree.Relation(top) is "advcl" or "acl" && IsOfPlanNoun(s, tree, top);
        planned |= isPlan;

        // A purpose infinitive ("to demonstrate") states an aim, not a fact; so does anything inside a condition.
        possible |= !committed && !isPlan && tree.Relation(top) is "advcl" or "acl" && isInfinitive;
        possible |= IsInsideCondition(s, tree, top);

        // "Russia's aim is to expand (and to cut)": the infinitive says what the noun aims at, as a purpose does.
        possible |= SubjectRepairs.PredicatedNoun(s, tree, top) >= 0
            || tree.Relation(top) == "conj" && tree.Head(top) is var first and >= 0 && SubjectRepairs.PredicatedNoun(s, tree, first) >= 0;
        return possible ? Modality.Possible : planned ? Modality.Planned : Modality.Asserted;
    }

    // The infinitive hangs on a plan noun, or on a verb whose object is one ("announced plans on Monday to invest").
    private static bool IsOfPlanNoun(AnalyzedSentence s, TreeView tree, int infinitive)
    {
        var head = tree.Head(infinitive);
        var noun = head < 0 ? -1 : s.Upos(head) == "NOUN" ? head : tree.Child(head, "obj");
        return noun >= 0 && noun < infinitive && s_planNouns.Contains(s.Lemmas[noun]);
    }

    // What a control verb alone says of the act it governs ("fail to" denies it, "hope to" hopes for it).
    // "barred X from selling", "prevented Y from entering": what someone is kept from doing does not happen.
    private static bool IsKeptFrom(AnalyzedSentence s, TreeView tree, int verb) =>
        s.Tags.Xpos[verb] == "VBG" && tree.Head(verb) is var head and >= 0 && s_preventing.Contains(s.Lemmas[head])
        && tree.Children(verb).Any(s, static (s, c) => s.Words[c].Equals("from", StringComparison.OrdinalIgnoreCase));

    private static Modality ModalityOfControl(string lemma) =>
        s_negating.Contains(lemma) ? Modality.Negated
        : s_possible.Contains(lemma) ? Modality.Possible
        : s_planned.Contains(lemma) ? Modality.Planned
        : Modality.Asserted;

    // "not only X but Y" adds, it does not deny.
    private static bool IsNotOnly(AnalyzedSentence s, int not) =>
        not + 1 < s.Count && s.Words[not + 1].Equals("only", StringComparison.OrdinalIgnoreCase);

    // "if X does", "unless X does", "whether X is able to": none of these asserts the act. Loops, not lambdas:
    // this runs for every clause above every predicate.
    private static bool IsInsideCondition(AnalyzedSentence s, TreeView tree, int verb)
    {
        for (var clause = verb; clause >= 0; clause = tree.Head(clause))
        {
            if (HasConditionMarker(s, tree, clause) || IsInvertedCondition(s, tree, clause))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasConditionMarker(AnalyzedSentence s, TreeView tree, int clause)
    {
        foreach (var c in tree.Children(clause))
        {
            if (tree.Relation(c) == "mark" && s.Words[c].ToLowerInvariant() is "if" or "unless" or "whether")
            {
                return true;
            }
        }

        return false;
    }

    // "should X agree", "had X known", "were X to sign": the auxiliary before the subject makes the clause a condition.
    private static bool IsInvertedCondition(AnalyzedSentence s, TreeView tree, int clause)
    {
        var subject = tree.Child(clause, "nsubj");
        foreach (var c in tree.Children(clause))
        {
            if (subject >= 0 && tree.Relation(c) == "aux" && c < subject && s.Words[c].ToLowerInvariant() is "should" or "had" or "were" && !IsQuestion(s, c))
            {
                return true;
            }
        }

        return false;
    }

    // "Should Russia act?" asks; only a statement that goes on after the clause makes it a condition.
    private static bool IsQuestion(AnalyzedSentence s, int auxiliary)
    {
        for (var k = auxiliary + 1; k < s.Count; k++)
        {
            if (s.Words[k] is "?")
            {
                return true;
            }
        }

        return false;
    }

    private static Tense TenseOf(AnalyzedSentence s, TreeView tree, int top)
    {
        var pastAuxiliary = false;
        foreach (var child in tree.Children(top))
        {
            if (tree.Relation(child) is "aux" or "aux:pass")
            {
                if (s.Words[child].ToLowerInvariant() is "will" or "shall" or "'ll" or "would" or "wo")
                {
                    return Tense.Future;
                }

                pastAuxiliary |= s.Tags.Xpos[child] is "VBD";
            }
        }

        if (s_planned.Contains(s.Lemmas[top]))
        {
            return Tense.Future;
        }

        if (s.Tags.Xpos[top] is "VBD" || pastAuxiliary)
        {
            return Tense.Past;
        }

        return s.Tags.Xpos[top] == "VBN" ? Tense.Past : Tense.Present;
    }
}
