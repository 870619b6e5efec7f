using RuLatAm.Claims.Analysis;
using RuLatAm.Claims.Attribution;
using RuLatAm.Claims.Parsing;

namespace RuLatAm.Claims.Building;

/// <summary>
/// Finds who acts for a predicate: its subject, or, where the verb has none of its own, the controller of an
/// infinitive or gerund, the agent of a passive, the participants of a meeting, or a repair of a parser slip.
/// </summary>
internal static class Agents
{
    // Events that a meeting or visit, as subject, cannot perform: they only place it in time or sequence, or say what
    // it amounts to ("the tour serves as a chance").
    private static readonly HashSet<string> s_placingVerbs = new(StringComparer.Ordinal)
    {
        "follow", "precede", "take", "come", "begin", "start", "end", "last", "happen", "occur", "serve",
    };

    private static readonly HashSet<string> s_gatherings = new(StringComparer.Ordinal)
    {
        "talk", "visit", "trip", "tour", "meeting", "summit", "call", "conversation", "negotiation", "discussion",
    };

    private static readonly HashSet<string> s_requestNouns = new(StringComparer.Ordinal)
    {
        "invitation", "request", "call", "appeal", "demand", "plea", "order", "urge",
    };

    // Verbs whose object is the one who does what the infinitive after it says ("allowed X to land").
    private static readonly HashSet<string> s_permitting = new(StringComparer.Ordinal)
    {
        "allow", "permit", "enable", "authorize", "authorise", "help", "force", "compel", "encourage", "persuade", "invite",
    };

    // Verbs that ask their object to do what the infinitive says ("asked the ministry to summon X").
    private static readonly HashSet<string> s_asking = new(StringComparer.Ordinal)
    {
        "ask", "urge", "tell", "order", "instruct", "request", "invite", "press", "pressure", "beg", "advise",
    };

    private static readonly HashSet<string> s_modalNouns = new(StringComparer.Ordinal)
    {
        "need", "ability", "capacity", "capability", "possibility", "right", "power", "freedom", "necessity",
    };

    /// <summary>Whether a noun names a meeting, talk or visit.</summary>
    public static bool IsGathering(string lemma) => s_gatherings.Contains(lemma);

    /// <summary>The word that heads the actor of a predicate, following control, coordination and relative clauses.</summary>
    public static int Agent(AnalyzedSentence s, TreeView tree, Predicate predicate) =>
        // "are not going to be intimidated by anyone": a passive at the end of the chain is done by its agent alone.
        predicate.Content != predicate.Top && tree.HasChild(predicate.Content, "aux:pass")
            ? PassiveAgent(s, tree, predicate.Content)
            : Agent(s, tree, predicate.Top, predicate.Lemma, depth: 0);

    private static int Agent(AnalyzedSentence s, TreeView tree, int verb, string lemma, int depth)
    {
        if (depth > 8)
        {
            return -1;
        }

        if (s.Upos(verb) == "NOUN" && MistaggedVerb.Subject(s, tree, verb) is var swallowed and >= 0)
        {
            return swallowed;
        }

        if (SubjectRepairs.PredicatedNoun(s, tree, verb) is var predicated and >= 0 && SubjectRepairs.NounOwner(s, tree, predicated) is var owner and >= 0)
        {
            return owner;
        }

        if (SubordinateClauseSubject.Of(s, tree, verb) is var opening and >= 0)
        {
            return opening;
        }

        var subject = SplitSubject.Head(s, tree, verb, SubjectRepairs.SubjectWithAllies(s, tree, verb));
        if (subject >= 0 && SubjectRepairs.FrontedPhraseSubject(s, tree, subject) is var fronted and >= 0)
        {
            subject = fronted;
        }
        if (SubjectRepairs.SlippedSubject(s, tree, verb, subject) is var slipped and >= 0)
        {
            return slipped;
        }

        if (CommaTopic.Subject(s, tree, verb, subject) is var topic and >= 0)
        {
            return topic;
        }

        if (subject < 0 && SubjectRepairs.FrontedPhraseRunOn(s, tree, verb) is var runOn and >= 0)
        {
            return GatheringParticipant(s, tree, runOn, lemma) ?? runOn;
        }

        if (subject >= 0)
        {
            if (s.Upos(subject) == "PRON" && s.Words[subject].ToLowerInvariant() is "who" or "which" or "that" && tree.Relation(verb) == "acl:relcl")
            {
                return s.Words[subject].Equals("who", StringComparison.OrdinalIgnoreCase) && WhoAntecedent.Name(s, tree, verb) is var described and >= 0
                    ? described
                    : tree.Head(verb);
            }

            if (s.Tags.Xpos[subject] is "WP" or "WDT" && s.Words[subject].ToLowerInvariant() is "who" or "which"
                && WhoAntecedent.BeforeComma(s, tree, subject) is var antecedent and >= 0)
            {
                return antecedent;
            }

            return GatheringParticipant(s, tree, subject, lemma) ?? subject;
        }

        // '"…," said X' with X misread as the object: after a closing quote the speaker follows the verb.
        if (verb > 0 && s.Words[verb - 1] is "\u201D" or "\u00BB" or "\"" or "''" && SpeechVerbs.IsSpeech(s.Lemmas[verb]))
        {
            if (tree.Child(verb, "obj") is var inverted and > 0)
            {
                return inverted;
            }

            if (InvertedSpeakerName(s, tree, verb) is var name and >= 0)
            {
                return name;
            }
        }

        if (s.Tags.Xpos[verb] == "VBG" && GerundSubject(s, tree, verb) is var gerundSubject and >= 0)
        {
            return gerundSubject;
        }

        var to = InfinitiveMarker(s, tree, verb);
        if (to >= 0 && ForSubject(s, tree, to) is var forSubject and >= 0)
        {
            return forSubject;
        }

        if (IsAdverbialOnCircumstance(s, tree, verb, to) && NearestVerbAbove(s, tree, verb) is var clause and >= 0)
        {
            return Agent(s, tree, clause, lemma, depth + 1);
        }

        // "X is expected to meet": the subject of a passive raising verb is the actor of what it controls.
        if (tree.Child(verb, "nsubj:pass") is var raised and >= 0 && PredicateFinder.ControlledVerb(s, tree, verb) >= 0)
        {
            return GatheringParticipant(s, tree, raised, lemma) ?? raised;
        }

        if (tree.Relation(verb) == "acl" && to >= 0)
        {
            // "remarks made during her campaign to win X over": the noun right before "to" is the one the
            // infinitive completes, whatever the parser attached it to.
            if (to > 0 && to - 1 != tree.Head(verb) && s.Upos(to - 1) == "NOUN" && !IsRequestOrModal(s.Lemmas[to - 1])
                && tree.Child(to - 1, "nmod:poss") is var adjacentOwner and >= 0)
            {
                return adjacentOwner;
            }

            // "asked the ministry to summon X" with the infinitive hung on the object: the one asked is to act.
            var asked = tree.Head(verb);
            if (tree.Relation(asked) == "obj" && tree.Head(asked) is var request and >= 0 && s.Upos(request) == "VERB"
                && (s_asking.Contains(s.Lemmas[request]) || s_permitting.Contains(s.Lemmas[request])))
            {
                return asked;
            }

            return InfinitiveController(s, tree, asked, lemma, depth);
        }

        if (tree.Child(verb, "nsubj:pass") >= 0 || tree.Relation(verb) == "acl")
        {
            return PassiveAgent(s, tree, verb);
        }

        // A bare passive participle ("as articulated by X"): the agent, whatever clause it hangs from.
        if (s.Tags.Xpos[verb] == "VBN" && !HasAuxiliary(tree, verb) && PassiveAgent(s, tree, verb) is var agent and >= 0)
        {
            return agent;
        }

        var relation = tree.Relation(verb);
        var head = tree.Head(verb);
        if (head < 0)
        {
            return AdjacentSubject(s, tree, verb);
        }

        // Parsers also attach the requested infinitive as a purpose clause: "called on X [to leave]".
        var isControlled = relation == "xcomp" && s.Upos(verb) == "VERB"
            || relation == "advcl" && SpeechVerbs.IsRequest(s.Lemmas[head]) && to >= 0;
        if (isControlled && ObjectController(s, tree, head) is var controller and not -2)
        {
            return controller;
        }

        // "X found that Y did Z, saying …", "X told reporters that Y would Z, adding …": the parser hangs the participle
        // on the nearer clause; the speaker is X.
        if (relation == "advcl" && s.Tags.Xpos[verb] == "VBG" && SpeechVerbs.IsSpeech(s.Lemmas[verb]) && ReportingVerbAbove(s, tree, head) is var matrix and >= 0)
        {
            return Agent(s, tree, matrix, lemma, depth + 1);
        }

        // A coordinated verb follows a comma or a conjunction; one that follows a noun phrase ("…, two officials
        // familiar with the talks told …") is a clause whose subject the parser lost, not a second act of the first.
        if (relation == "conj" && !IsJoined(s, tree, verb))
        {
            return -1;
        }

        // "X was hit by Y and is seeking Z": an active verb shares the passive's subject, not its agent.
        if (relation == "conj" && tree.Child(head, "nsubj:pass") is var shared and >= 0 
            && !tree.HasChild(verb, "aux:pass") && !(s.Tags.Xpos[verb] == "VBN" && !HasAuxiliary(tree, verb)))
        {
            return shared;
        }

        return relation switch
        {
            "conj" or "xcomp" or "advcl" => Agent(s, tree, head, lemma, depth + 1),
            "acl:relcl" => head,
            _ => -1,
        };
    }

    // The speech or thinking verb whose reported clause holds <paramref name="clause"/> ("found [that …]", "told
    // reporters [that …]" with the clause hung on "reporters"), or -1.
    private static int ReportingVerbAbove(AnalyzedSentence s, TreeView tree, int clause)
    {
        if (tree.Relation(clause) == "ccomp")
        {
            return tree.Head(clause);
        }

        return tree.Relation(clause) == "acl:relcl" && tree.Head(clause) is var noun and >= 0 && tree.Head(noun) is var verb and >= 0
            && SpeechVerbs.IsSpeech(s.Lemmas[verb]) && tree.BaseRelation(noun) is "iobj" or "obj" or "obl"
            ? verb
            : -1;
    }

    // '"…," said Bolivian President Luis Arce' parsed as anything but a subject: the name that ends the title and
    // name right after the verb, at the word that heads its last part.
    private static int InvertedSpeakerName(AnalyzedSentence s, TreeView tree, int verb)
    {
        for (var k = verb + 1; k < s.Count && s.Upos(k) is "PROPN" or "NOUN" or "ADJ" or "DET"; k++)
        {
            var nameGoesOn = k + 1 < s.Count && s.Upos(k + 1) == "PROPN" && tree.Relation(k + 1) != "flat";
            if (s.Upos(k) == "PROPN" && tree.Relation(k) != "flat" && !nameGoesOn)
            {
                return k;
            }
        }

        return -1;
    }

    // The infinitive's "to" ("expected [to] meet"), or -1. Loops, not lambdas: Agent runs for every predicate, and
    // a lambda's closure would be allocated on every call.
    public static int InfinitiveMarker(AnalyzedSentence s, TreeView tree, int verb)
    {
        foreach (var child in tree.Children(verb))
        {
            if (tree.Relation(child) == "mark" && s.Words[child] == "to")
            {
                return child;
            }
        }

        return -1;
    }

    private static bool IsJoined(AnalyzedSentence s, TreeView tree, int verb)
    {
        if (tree.HasChild(verb, "cc"))
        {
            return true;
        }

        var first = tree.Span(verb, 0, static (_, _) => false).First;
        return first == 0 || s.Words[first - 1] is "," or ";" || s.Upos(first - 1) is "CCONJ";
    }

    private static bool HasAuxiliary(TreeView tree, int verb)
    {
        foreach (var child in tree.Children(verb))
        {
            if (tree.BaseRelation(child) is "aux")
            {
                return true;
            }
        }

        return false;
    }

    // "with X congratulating Y": X. "praised X for helping", "congratulated X on winning": the one judged acts.
    private static int GerundSubject(AnalyzedSentence s, TreeView tree, int verb)
    {
        foreach (var child in tree.Children(verb))
        {
            if (child < verb && tree.BaseRelation(child) is "obl" && Arguments.CaseOf(s, tree, child) == "with")
            {
                return child;
            }
        }

        var mark = tree.Children(verb).FirstOrDefault(tree, static (tree, c) => tree.Relation(c) == "mark", -1);
        if (mark >= 0 && s.Words[mark].ToLowerInvariant() is "against" or "from" && tree.Head(verb) is var governing and >= 0
            && s.Upos(governing) == "VERB" && tree.Child(governing, "obj") is var kept and >= 0 && kept < mark)
        {
            // "warned X against buying", "barred X from entering": the one warned or barred would do it.
            return kept;
        }

        if (mark < 0 || s.Words[mark].ToLowerInvariant() is not ("for" or "on"))
        {
            return -1;
        }

        // The judging verb is the nearest one before, whatever the parser attached the gerund to.
        for (var k = mark - 1; k >= 0; k--)
        {
            if (s.Upos(k) == "VERB" && SpeechVerbs.IsSpeech(s.Lemmas[k]))
            {
                return tree.Child(k, "obj") is var judged and >= 0 && judged < verb ? judged : -1;
            }
        }

        return -1;
    }

    // "an opportunity for X to propose": the nominal after "for" that ends right at "to" is the infinitive's subject.
    private static int ForSubject(AnalyzedSentence s, TreeView tree, int to)
    {
        for (var k = to - 1; k >= 0 && k >= to - 8; k--)
        {
            if (s.Words[k].Equals("for", StringComparison.OrdinalIgnoreCase) && tree.Relation(k) is "case" or "mark")
            {
                var noun = tree.Head(k);
                return noun > k && noun < to && Arguments.Mention(s, tree, noun).End == to && s.Upos(noun) is "PROPN" or "NOUN" or "PRON" ? noun : -1;
            }
        }

        return -1;
    }

    // "enabled X to hold": the object acts. "urged X to leave", "called on X to leave": the act is only asked for,
    // so no one is claimed to do it (-1). -2 when the head verb has no object.
    private static int ObjectController(AnalyzedSentence s, TreeView tree, int head)
    {
        var obj = tree.Child(head, "obj") is var direct and >= 0 ? direct : tree.Child(head, "iobj");
        var isRequest = SpeechVerbs.IsRequest(s.Lemmas[head]);
        if (obj < 0 && isRequest)
        {
            obj = tree.Children(head).FirstOrDefault((tree, s), static (st, c) => st.tree.BaseRelation(c) is "obl" && Arguments.CaseOf(st.s, st.tree, c) == "on", -1);
        }

        if (obj < 0 || s.Upos(obj) == "PRON" && s.Words[obj].EndsWith("self", StringComparison.OrdinalIgnoreCase))
        {
            return -2;
        }

        return isRequest ? -1 : obj;
    }

    // "an effort to strengthen ties", "X's trip to court the region": the infinitive's actor is the noun's possessor,
    // else the actor of the clause the noun belongs to.
    private static int InfinitiveController(AnalyzedSentence s, TreeView tree, int noun, string lemma, int depth)
    {
        // "an invitation to visit", "a call to leave": the act is only asked for, as after "urged X to"; "the need to
        // act", "its ability to decide": a necessity or capacity, not an aim anyone pursues.
        if (IsRequestOrModal(s.Lemmas[noun]))
        {
            return -1;
        }

        var possessor = tree.Child(noun, "nmod:poss");
        if (possessor >= 0)
        {
            return possessor;
        }

        // "the accord signed by X and Y to develop Z": the parties to the deal pursue its aim.
        foreach (var child in tree.Children(noun))
        {
            if (tree.Relation(child) == "acl" && s.Tags.Xpos[child] == "VBN" && PassiveAgent(s, tree, child) is var party and >= 0)
            {
                return party;
            }
        }

        // "gave X an impetus to V", "provided X with an opportunity to V": the one given the chance acts.
        if (tree.Head(noun) is var giver and >= 0 && s.Upos(giver) == "VERB")
        {
            // "allowed Russian aircraft to land": parsed as the noun's infinitive, the one allowed is the one who acts.
            if (tree.Relation(noun) == "obj" && s_permitting.Contains(s.Lemmas[giver]))
            {
                return noun;
            }

            var recipient = tree.Relation(noun) == "obj" ? DoubleObjectRecipient(tree, giver, noun) : Arguments.CaseOf(s, tree, noun) == "with" ? tree.Child(giver, "obj") : -1;
            if (recipient >= 0)
            {
                return recipient;
            }
        }

        for (var up = tree.Head(noun); up >= 0; up = tree.Head(up))
        {
            if (s.Upos(up) is "VERB" or "AUX" or "ADJ")
            {
                // "X's visit was seen as an effort to …": the visit's possessor.
                var passive = tree.Child(up, "nsubj:pass");
                return passive >= 0 && GatheringParticipant(s, tree, passive, lemma) is >= 0 and var participant
                    ? participant
                    : Agent(s, tree, up, lemma, depth + 1);
            }
        }

        return -1;
    }

    // The first of two objects is the recipient: as the indirect object, or as a second "obj" when the parser read
    // "gave X an impetus" as two direct objects.
    private static int DoubleObjectRecipient(TreeView tree, int giver, int given)
    {
        if (tree.Child(giver, "iobj") is var indirect and >= 0)
        {
            return indirect;
        }

        foreach (var child in tree.Children(giver))
        {
            if (child < given && tree.Relation(child) == "obj")
            {
                return child;
            }
        }

        return -1;
    }

    private static bool IsRequestOrModal(string lemma) => s_requestNouns.Contains(lemma) || s_modalNouns.Contains(lemma);

    // "X is negotiating with Y in defence, selling Z to W", "X is turning to the farm giants of Y, to meet its demand": a
    // participle set off by a comma, or a purpose infinitive, that the parser hung on a phrase of place, time or
    // circumstance (or on the comma itself) is adverbial: it belongs to the clause above, whose subject acts.
    private static bool IsAdverbialOnCircumstance(AnalyzedSentence s, TreeView tree, int verb, int to)
    {
        var head = tree.Head(verb);
        if (head < 0 || s.Upos(head) is "VERB" or "AUX" or "ADJ" || s.Upos(head) != "PUNCT" && tree.BaseRelation(head) is not "obl")
        {
            return false;
        }

        var isParticiple = s.Tags.Xpos[verb] == "VBG" && verb > 0 && s.Words[verb - 1] == "," && tree.Relation(verb) is "acl" or "advcl" or "conj";
        var isPurpose = to >= 0 && tree.Relation(verb) == "advcl";
        return isParticiple || isPurpose;
    }

    private static int NearestVerbAbove(AnalyzedSentence s, TreeView tree, int word)
    {
        for (var up = tree.Head(word); up >= 0; up = tree.Head(up))
        {
            if (s.Upos(up) == "VERB")
            {
                return up;
            }
        }

        return -1;
    }

    // A root verb the parser left without a subject, right after a name it attached elsewhere (a common greedy-parser
    // error after a fronted phrase with commas): the name is the subject.
    private static int AdjacentSubject(AnalyzedSentence s, TreeView tree, int verb)
    {
        var k = verb - 1;
        while (k >= 0 && s.Upos(k) is "ADV" or "AUX" or "PART")
        {
            k--;
        }

        return k >= 0 && s.Upos(k) is "PROPN" or "PRON" && tree.Head(k) != verb && tree.Relation(k) is "conj" or "appos" or "nmod" or "compound" ? k : -1;
    }

    // "X's talks with Y would address …": the possessor acts; "the visit follows …" is no claim.
    private static int? GatheringParticipant(AnalyzedSentence s, TreeView tree, int subject, string lemma)
    {
        if (!s_gatherings.Contains(s.Lemmas[subject]))
        {
            return null;
        }

        var possessor = tree.Child(subject, "nmod:poss");
        return possessor >= 0 && !s_placingVerbs.Contains(lemma) ? possessor : -1;
    }

    /// <summary>The agent of a passive verb ("received [by X]"), or -1.</summary>
    public static int PassiveAgent(AnalyzedSentence s, TreeView tree, int verb)
    {
        foreach (var child in tree.Children(verb))
        {
            // Parsers often leave the agent a plain oblique: "spearheaded [by X]".
            // "an accord signed between X and Y": the parties.
            if (tree.Relation(child) == "obl:agent" || tree.Relation(child) == "obl" && s.Tags.Xpos[verb] == "VBN" && Arguments.CaseOf(s, tree, child) is "by" or "between")
            {
                return child;
            }

            // "championed by former President X" read with "by" itself as the oblique: the name it governs.
            if (tree.Relation(child) == "obl" && s.Tags.Xpos[verb] == "VBN" && s.Upos(child) == "ADP" && s.Words[child].Equals("by", StringComparison.OrdinalIgnoreCase)
                && NameUnder(s, tree, child) is var name and >= 0)
            {
                return name;
            }
        }

        return -1;
    }

    // The head of the first name in the phrase under the word: a proper noun not inside another name.
    private static int NameUnder(AnalyzedSentence s, TreeView tree, int word)
    {
        for (var k = word + 1; k < s.Count && tree.IsAncestor(word, k); k++)
        {
            if (s.Upos(k) == "PROPN" && tree.Head(k) is var head and >= 0 && s.Upos(head) != "PROPN")
            {
                return k;
            }
        }

        return -1;
    }
}
