using RuLatAm.Claims.Attribution;
using RuLatAm.Claims.Dates;
using RuLatAm.Claims.Linking;

namespace RuLatAm.Claims.Building;

/// <summary>Builds the claims of one parsed sentence by reading its dependency tree.</summary>
internal sealed class SentenceClaimBuilder(EntityLinker linker, DateResolver dateResolver, QuoteSpeakers quoteSpeakers)
{
    private static readonly HashSet<string> s_citing = new(StringComparer.Ordinal) { "cite", "quote" };

    private ResolvedDate? _anchor;
    private ResolvedActor? _lastSpeaker;

    // Where the sentence being built records the parties it resolves as targets.
    private List<ResolvedActor> _targets = [];
    private readonly List<(ResolvedActor Actor, int First, int End)> _actors = [];
    private readonly Dictionary<int, SourceMention> _speakers = [];
    private readonly List<Predicate> _speechFirst = [];

    /// <summary>Builds the claims of one sentence.</summary>
    /// <param name="context">The sentence and what is known around it.</param>
    /// <param name="subjects">Receives the actors of the claims, for the linker's memory.</param>
    /// <param name="targets">Receives the resolved parties acted on, for the linker's memory.</param>
    public List<Claim> Build(SentenceContext context, List<ResolvedActor> subjects, List<ResolvedActor> targets)
    {
        _targets = targets;
        var s = context.Sentence;
        var tree = context.Tree;
        var predicates = PredicateFinder.Find(s, tree);
        var claims = new List<Claim>();
        var speakers = _speakers;
        speakers.Clear();
        var dates = DateAssignment.Assign(context, predicates, dateResolver, ref _anchor);
        var accordingTo = AccordingTo(context);

        foreach (var predicate in SpeechFirst(context, predicates))
        {
            if (IsCitedSaying(context, predicate))
            {
                continue;
            }

            var cited = FindCitation(context, predicate);
            var agent = cited?.Speaker ?? Agents.Agent(s, tree, predicate);
            if (agent < 0)
            {
                continue;
            }

            var named = false;
            foreach (var (actor, first, end) in Actors(context, agent, predicate.First, IsStatement(context, predicate)))
            {
                named = true;
                var actorSpan = context.SpanOf(first, end);
                var actorMention = new ActorMention(actorSpan.Of(context.Text), actor.Canonical, actor.Type, actorSpan);
                subjects.Add(actor);
                var claim = cited is { } citation
                    ? CitedStatement(context, predicate, actorMention, citation, dates)
                    : IsStatement(context, predicate)
                        ? Statement(context, predicate, actorMention, dates)
                        : Event(context, predicate, actorMention, dates, SourceOf(context, predicate, speakers, accordingTo, actor));
                if (claim.Kind == ClaimKind.Statement && claim.Source is { } speaker)
                {
                    _lastSpeaker = actor.Type == EntityType.Person ? actor : _lastSpeaker;
                    speakers.TryAdd(predicate.Top, speaker with { Kind = claim.Source.Kind });
                    if (claim.Quote is { } quote && context.QuoteAround(quote.Span) is { } passage)
                    {
                        quoteSpeakers.Attribute(passage, speaker);
                    }
                }

                if (claim.Kind == ClaimKind.Event && SpeechVerbs.IsThreat(predicate.Lemma))
                {
                    speakers.TryAdd(predicate.Top, new SourceMention(actorMention.Text, actorMention.Canonical, SourceKind.Indirect, null, actorMention.Span));
                }

                claims.Add(claim);
            }

            if (!named && UnnamedSpeaker(context, predicate, agent) is { } unnamed)
            {
                speakers.TryAdd(predicate.Top, unnamed);
            }
        }

        return claims;
    }

    // Speech first, so that events inside what is said can name their source; then everything in word order, which
    // is the order predicates are found in.
    private List<Predicate> SpeechFirst(SentenceContext context, List<Predicate> predicates)
    {
        var ordered = _speechFirst;
        ordered.Clear();
        foreach (var predicate in predicates)
        {
            if (IsSpeechFirst(context, predicate))
            {
                ordered.Add(predicate);
            }
        }

        foreach (var predicate in predicates)
        {
            if (!IsSpeechFirst(context, predicate))
            {
                ordered.Add(predicate);
            }
        }

        return ordered;
    }

    // "Analysts believe that X will …": an unnamed group is no actor, yet it is the source of what it says (corpus/README.md).
    private static SourceMention? UnnamedSpeaker(SentenceContext context, Predicate predicate, int agent)
    {
        var s = context.Sentence;
        var reports = SpeechVerbs.IsSpeech(predicate.Lemma)
            || SpeechVerbs.IsThinking(predicate.Lemma) && (context.Tree.HasChild(predicate.Content, "ccomp") || context.Tree.HasChild(predicate.Content, "parataxis"));
        if (!reports || s.Upos(agent) != "NOUN" || s.Tags.Xpos[agent] != "NNS")
        {
            return null;
        }

        var (first, end) = Arguments.Mention(s, context.Tree, agent);
        var span = context.SpanOf(first, end);
        var text = span.Of(context.Text);
        return new SourceMention(text, text.ToLowerInvariant(), SourceKind.Indirect, null, span);
    }

    // One actor per named conjunct ("Gazprom and YPF signed"), or each member of "the two presidents".
    // Written to a list the builder reuses rather than yielded: this runs for every predicate.
    private List<(ResolvedActor Actor, int First, int End)> Actors(SentenceContext context, int agent, int verbFirst, bool speaks)
    {
        _actors.Clear();
        var s = context.Sentence;
        var tree = context.Tree;
        if (SplitSubject.Coordinated(s, tree, agent) is { } pieces)
        {
            foreach (var (pieceFirst, pieceEnd) in pieces)
            {
                if (MentionBounds.IsVehicle(s, pieceFirst, pieceEnd))
                {
                    continue;
                }

                foreach (var actor in linker.ResolveAll(s, pieceFirst, pieceEnd))
                {
                    _actors.Add((actor, pieceFirst, pieceEnd));
                }
            }

            return _actors;
        }

        foreach (var head in Arguments.Conjuncts(s, tree, agent))
        {
            var (first, end) = IsSwallowedSubject(s, tree, head) ? MistaggedVerb.SubjectSpan(tree, tree.Head(head)) : Arguments.Mention(s, tree, head);
            first = MentionBounds.WithStrandedPossessor(s, first);
            if (MentionBounds.IsVehicle(s, first, end) || IsThingIt(s, tree, head))
            {
                continue;
            }

            if (end - first == 1 && (SubjectBefore(s, tree, head) ?? MainSubjectAfter(s, tree, head) ?? SpeakersWe(context, head)) is { } antecedent)
            {
                _actors.Add((antecedent, first, end));
                continue;
            }

            if (ServedBySubjectBefore(s, tree, first, end) is { } served)
            {
                _actors.Add((served, first, end));
                continue;
            }

            var actors = linker.ResolveAll(s, first, end);
            if (actors.Count == 0 && AppositiveName(s, end, verbFirst) is var (nameFirst, nameEnd))
            {
                // "Cuba's ambassador in Moscow, Julio Garmendia, said": the name set off by commas is the actor.
                (first, end, actors) = (nameFirst, nameEnd, linker.ResolveAll(s, nameFirst, nameEnd));
            }

            if (actors.Count == 0 && MentionBounds.SpokenFor(s, tree, head) is var body and >= 0
                && Arguments.Mention(s, tree, body) is var (bodyFirst, bodyEnd) && linker.Resolve(s, bodyFirst, bodyEnd) is { Type: not EntityType.Person } spokenFor)
            {
                // "A spokesperson for YPFB", "officials in La Paz": the body or state they speak for.
                actors = [spokenFor];
            }

            if (actors.Count == 0 && speaks && _lastSpeaker is { } earlier && IsDefiniteCommonNoun(s, first, end))
            {
                // "…," the observer noted: an unnamed "the analyst" who speaks is the expert the article quoted last.
                actors = [earlier];
            }

            foreach (var actor in actors)
            {
                _actors.Add((actor, first, end));
            }
        }

        return _actors;
    }

    // "A destroyer shadowed the flotilla as it crossed the Atlantic": in a clause set on another whose subject is a
    // thing, "it" is a thing too rather than the body last named.
    private bool IsThingIt(Analysis.AnalyzedSentence s, Parsing.TreeView tree, int pronoun)
    {
        if (!s.Words[pronoun].Equals("it", StringComparison.OrdinalIgnoreCase) || tree.Head(pronoun) is not (var clause and >= 0)
            || tree.Relation(clause) != "advcl" || tree.Head(clause) is not (var main and >= 0))
        {
            return false;
        }

        foreach (var k in tree.Children(main))
        {
            if (k < clause && s.Tags.Xpos[k] == "NN" && tree.BaseRelation(k) is "nsubj" && Arguments.Mention(s, tree, k) is var (first, end)
                && linker.Resolve(s, first, end) is null)
            {
                return true;
            }
        }

        return false;
    }

    // "the foreign minister met with X" read as nouns: the whole phrase before the verb names the actor.
    private static bool IsSwallowedSubject(Analysis.AnalyzedSentence s, Parsing.TreeView tree, int head) =>
        tree.Head(head) is var verb and >= 0 && MistaggedVerb.Subject(s, tree, verb) == head && MistaggedVerb.Lemma(s, tree, verb) is not null;

    // "We will respond," said a State Department spokesman: inside a quote, "we" is the speaker's state or body.
    private ResolvedActor? SpeakersWe(SentenceContext context, int pronoun) =>
        context.Sentence.Words[pronoun].Equals("we", StringComparison.OrdinalIgnoreCase)
        && context.QuoteAround(context.SpanOf(pronoun, pronoun + 1)) is { } passage
        && quoteSpeakers.SpeakerOf(passage, context.Text) is { } speaker
            ? linker.CollectiveOf(speaker.Canonical)
            : null;

    // The run of names between two commas right before the verb group, after the subject: [first, end), or null.
    private static (int First, int End)? AppositiveName(Analysis.AnalyzedSentence s, int subjectEnd, int verbFirst)
    {
        var close = verbFirst - 1;
        if (close <= subjectEnd || s.Words[close] != ",")
        {
            return null;
        }

        var start = close;
        while (start > subjectEnd && s.Upos(start - 1) == "PROPN")
        {
            start--;
        }

        return start < close && start - 1 >= subjectEnd && s.Words[start - 1] == "," ? (start, close) : null;
    }

    // "the observer", not "the ministry": only a person can be the expert quoted last.
    private static bool IsDefiniteCommonNoun(Analysis.AnalyzedSentence s, int first, int end) =>
        end - first == 2 && s.Words[first].Equals("the", StringComparison.OrdinalIgnoreCase) && s.Upos(first + 1) == "NOUN"
        && !Linking.LinkerWords.GroupNouns.Contains(s.Words[first + 1]) && !Linking.LinkerWords.StateNouns.Contains(s.Words[first + 1]);

    // "Noboa said his government would …": the state of the person named as subject earlier in the sentence.
    private ResolvedActor? ServedBySubjectBefore(Analysis.AnalyzedSentence s, Parsing.TreeView tree, int first, int end) =>
        end - first == 2 && s.Words[first].ToLowerInvariant() is "his" or "her"
        && (Linking.LinkerWords.GroupNouns.Contains(s.Words[first + 1]) || Linking.LinkerWords.StateNouns.Contains(s.Words[first + 1]))
        && SubjectBefore(s, tree, first) is { Type: EntityType.Person } owner
            ? linker.CollectiveOf(owner.Canonical)
            : null;

    // "When she arrived in Lima, Chile's president said …": the subject of a clause set before the main one is the
    // main clause's named subject, when that is a person the pronoun agrees with.
    private ResolvedActor? MainSubjectAfter(Analysis.AnalyzedSentence s, Parsing.TreeView tree, int pronoun)
    {
        if (s.Upos(pronoun) != "PRON" || s.Words[pronoun].ToLowerInvariant() is not ("he" or "she")
            || tree.Head(pronoun) is not (var clause and >= 0) || MainClauseAfter(s, tree, clause) is not (var main and >= 0)
            || tree.Child(main, "nsubj") is not (var subject and >= 0) || subject < clause)
        {
            return null;
        }

        var (first, end) = Arguments.Mention(s, tree, subject);
        return linker.Resolve(s, first, end) is { Type: EntityType.Person } actor && linker.Agrees(actor, s.Words[pronoun]) ? actor : null;
    }

    // The clause a fronted adverbial clause leads into: its head, or, where the parser made the opening clause the
    // root ("When she arrived, X said" with "said" as parataxis), the clause after the comma.
    private static int MainClauseAfter(Analysis.AnalyzedSentence s, Parsing.TreeView tree, int clause)
    {
        if (tree.Relation(clause) == "advcl")
        {
            return tree.Head(clause) is var head and > 0 && head > clause ? head : -1;
        }

        var opensWithSubordinator = s.Words[0].ToLowerInvariant() is "when" or "before" or "after" or "as" or "while" or "once" or "although";
        return opensWithSubordinator && tree.Head(clause) < 0 && tree.Child(clause, "parataxis") is var next and > 0 && next > clause ? next : -1;
    }

    // "Chile says it will sign", "Lavrov said he would": a pronoun refers first to a subject earlier in its own sentence.
    private ResolvedActor? SubjectBefore(Analysis.AnalyzedSentence s, Parsing.TreeView tree, int pronoun)
    {
        bool? wantsPerson = s.Upos(pronoun) != "PRON" ? null : s.Words[pronoun].ToLowerInvariant() switch
        {
            "he" or "she" or "his" or "her" => true,
            "it" or "they" => false,
            _ => null,
        };
        if (wantsPerson is not { } person)
        {
            return null;
        }

        for (var k = pronoun - 1; k >= 0; k--)
        {
            if (tree.BaseRelation(k) is "nsubj" && s.Upos(k) is "PROPN" or "NOUN")
            {
                var (first, end) = Arguments.Mention(s, tree, k);
                // An official named only by a title with several holders stands for the state, yet is a "he".
                var isPerson = linker.Resolve(s, first, end) is { } resolved
                    && (resolved.Type == EntityType.Person || RoleWords.IsRoleNoun(s.Words[end - 1]));
                if (linker.Resolve(s, first, end) is { } actor && isPerson == person && (!person || linker.Agrees(actor, s.Words[pronoun])))
                {
                    return actor;
                }
            }
        }

        return null;
    }

    // "X was quoted as saying" is speech too, though "quote" alone is no verb of speaking.
    private static bool IsSpeechFirst(SentenceContext context, Predicate predicate) => IsStatement(context, predicate) || s_citing.Contains(predicate.Lemma);

    // A verb of thinking with a clause ("fear that …", "found it significant that …") states the clause.
    private static bool IsStatement(SentenceContext context, Predicate predicate) =>
        SpeechVerbs.IsSpeech(predicate.Lemma) && !ReportedAct.Is(context, predicate) && !IsResponseByDeed(context, predicate) && !IsCalledOff(context, predicate)
        || AsJudgement.Is(context, predicate)
        || context.Tree.Child(predicate.Content, "obj") is var obj and >= 0 && SpeechVerbs.IsSpeechPhrase(predicate.Lemma, context.Sentence.Lemmas[obj])
        || SpeechVerbs.IsThinking(predicate.Lemma) && (context.Tree.HasChild(predicate.Content, "ccomp")
            || context.Tree.Child(predicate.Content, "xcomp") is var judgement and >= 0 && context.Tree.HasChild(judgement, "ccomp"));

    // "wrote off the debt", "called off the visit": the particle makes an act of the speech verb.
    private static bool IsCalledOff(SentenceContext context, Predicate predicate) =>
        context.Tree.Children(predicate.Content).Any(context, static (context, c) =>
            context.Tree.Relation(c) == "compound:prt" && context.Sentence.Words[c].Equals("off", StringComparison.OrdinalIgnoreCase));

    // "Moscow would respond to the sanctions": responding to a thing, with nothing said, is an act.
    private static bool IsResponseByDeed(SentenceContext context, Predicate predicate)
    {
        var tree = context.Tree;
        return predicate.Lemma is "respond" or "reply" && !tree.HasChild(predicate.Content, "ccomp") && !tree.HasChild(predicate.Content, "parataxis")
            && Arguments.PrepositionalObject(context.Sentence, tree, predicate.Content) is var answered and >= 0
            && Arguments.CaseOf(context.Sentence, tree, answered) == "to" && context.Sentence.Upos(answered) == "NOUN";
    }

    private Claim Statement(SentenceContext context, Predicate predicate, ActorMention actor, IReadOnlyDictionary<int, DateMention> dates)
    {
        var quote = SpokenContent.Of(context, predicate, out var isDirect);
        var source = new SourceMention(actor.Text, actor.Canonical, isDirect ? SourceKind.Direct : SourceKind.Indirect, null, actor.Span);
        return Make(context, ClaimKind.Statement, predicate, actor, Addressee(context, predicate, actor.Canonical), dates.GetValueOrDefault(predicate.Top), source, quote);
    }

    private Claim Event(SentenceContext context, Predicate predicate, ActorMention actor, IReadOnlyDictionary<int, DateMention> dates, SourceMention? source) =>
        Make(context, ClaimKind.Event, predicate, actor, TargetOf(context, predicate, actor.Canonical), dates.GetValueOrDefault(predicate.Top), source, null);

    private Claim CitedStatement(SentenceContext context, Predicate predicate, ActorMention actor, CitedSpeech citation, IReadOnlyDictionary<int, DateMention> dates)
    {
        var quote = SpokenContent.Of(context, predicate with { Content = citation.Saying }, out _);
        var source = new SourceMention(actor.Text, actor.Canonical, SourceKind.AccordingTo, citation.Via, actor.Span);
        var action = predicate with { End = citation.Saying + 1, Lemma = "say" };
        return Make(context, ClaimKind.Statement, action, actor, null, dates.GetValueOrDefault(predicate.Top), source, quote);
    }

    private static Claim Make(
        SentenceContext context, ClaimKind kind, Predicate predicate, ActorMention actor, TargetMention? target,
        DateMention? date, SourceMention? source, QuoteMention? quote)
    {
        var actionSpan = context.SpanOf(predicate.First, predicate.End);
        var evidence = context.Sentence.Sentence.Span;
        return new Claim(
            kind,
            actor,
            new ActionMention(actionSpan.Of(context.Text), predicate.Lemma, actionSpan),
            target,
            date,
            source,
            quote,
            predicate.Modality,
            new EvidenceSpan(context.SentenceText, evidence));
    }

    private TargetMention? Addressee(SentenceContext context, Predicate predicate, string actor)
    {
        var tree = context.Tree;
        var head = tree.Child(predicate.Content, "iobj");
        if (head < 0 && tree.Child(predicate.Content, "obj") is var obj and >= 0 
            && (predicate.Lemma == "contact" || context.Sentence.Upos(obj) is "PROPN" or "PRON" && predicate.Lemma is "tell" or "inform" or "urge" or "call" or "congratulate" or "thank" or "invite"))
        {
            head = obj;
        }

        // "called on X", "spoke to X": the preposition that follows the verb introduces the addressee. Other than after
        // "call", "on" names the medium ("wrote on Twitter").
        if (head < 0 && Arguments.PrepositionalObject(context.Sentence, tree, predicate.Content) is var addressed and >= 0
            && Arguments.CaseOf(context.Sentence, tree, addressed) is var preposition
            && (preposition is "with" or "to" || preposition == "on" && predicate.Lemma == "call"))
        {
            head = addressed;
        }

        if (head < 0)
        {
            foreach (var child in tree.Children(predicate.Content))
            {
                if (tree.BaseRelation(child) is "obl" && Arguments.CaseOf(context.Sentence, tree, child) is "with" or "to" && child > predicate.Content)
                {
                    head = child;
                    break;
                }
            }
        }

        if (head < 0)
        {
            head = SpeechOccasion.Addressee(context.Sentence, tree, predicate.Content);
        }

        // "said on Tuesday": a date is never the addressee (nor the target), however the parser attached it.
        return head < 0 || Arguments.IsDate(context, head) ? null : Phrase(context, head, actor);
    }

    private TargetMention? TargetOf(SentenceContext context, Predicate predicate, string actor)
    {
        var head = Arguments.Target(context, predicate);
        return head < 0 || Arguments.IsDate(context, head) ? null : Phrase(context, head, actor);
    }

    private TargetMention Phrase(SentenceContext context, int head, string actor)
    {
        var (first, end) = Arguments.TargetPhrase(context, head);
        var span = context.SpanOf(first, end);
        var (nameFirst, nameEnd) = Arguments.Mention(context.Sentence, context.Tree, head);

        // An object "it" ("called it a provocation") is far more often a thing than the body last named.
        var resolved = nameEnd - nameFirst == 1 && context.Sentence.Words[head].Equals("it", StringComparison.OrdinalIgnoreCase)
            ? null
            : linker.Resolve(context.Sentence, nameFirst, nameEnd);

        // "Putin thanked him": an object "him" or "her" is someone other than the clause's own actor.
        if (resolved?.Canonical == actor && context.Sentence.Words[head].ToLowerInvariant() is "him" or "her")
        {
            resolved = linker.ObjectPronoun(context.Sentence.Words[head], actor);
        }

        if (resolved is { } party)
        {
            _targets.Add(party);
        }

        return new TargetMention(span.Of(context.Text), resolved?.Canonical, span);
    }

    private SourceMention? SourceOf(
        SentenceContext context, Predicate predicate, Dictionary<int, SourceMention> speakers, SourceMention? accordingTo, ResolvedActor actor)
    {
        var tree = context.Tree;
        if (EditorialInsert.Holds(context.Text, context.Sentence.Sentence.Span, context.SpanOf(predicate.First, predicate.End)))
        {
            return null;
        }

        for (int below = predicate.Top, up = tree.Head(below); up >= 0 && ReportedScope.Passes(context, below, up); below = up, up = tree.Head(up))
        {
            // "X and Y spoke by phone and discussed Z": a predicate coordinated with the speech shares its subject,
            // not its report; a report above both still sources it.
            if (speakers.TryGetValue(up, out var speaker) && tree.Relation(below) != "conj")
            {
                var inQuotes = context.QuoteAround(context.SpanOf(predicate.First, predicate.End)) is not null;
                var kind = context.Sentence.Lemmas[up] == "report" ? SourceKind.AccordingTo : inQuotes ? SourceKind.Direct : SourceKind.Indirect;
                return speaker with { Kind = kind };
            }
        }

        if (accordingTo is not null && accordingTo.Canonical != actor.Canonical)
        {
            return accordingTo;
        }

        // A closing report ("…, officials said.") is the source of what precedes it.
        foreach (var (top, speaker) in speakers)
        {
            if (predicate.Top < top && SpokenContent.TrailingReportComma(context, top, context.Sentence.Lemmas[top]) is var comma && predicate.Top < comma)
            {
                var quoted = context.QuoteAround(context.SpanOf(predicate.First, predicate.End)) is not null;
                return speaker with { Kind = quoted ? SourceKind.Direct : SourceKind.Indirect };
            }
        }

        var action = context.SpanOf(predicate.First, predicate.End);
        return context.QuoteAround(action) is { } passage ? quoteSpeakers.SpeakerOf(passage, context.Text) : null;
    }

    // "according to X, …": X is the source of every claim of the sentence.
    private SourceMention? AccordingTo(SentenceContext context)
    {
        var s = context.Sentence;
        for (var i = 0; i + 1 < s.Count; i++)
        {
            if (s.Words[i].Equals("according", StringComparison.OrdinalIgnoreCase) && s.Words[i + 1] == "to")
            {
                var head = context.Tree.Head(i) is var h and >= 0 && h > i ? h : i + 2;
                if (head >= s.Count)
                {
                    return null;
                }

                var (first, end) = Arguments.Mention(context.Sentence, context.Tree, head);
                first = Math.Max(first, i + 2);

                // "according to its commander, General Laura Richardson": the name says who.
                if (MentionBounds.NameAfterComma(s, end) is var (nameFirst, nameEnd) && linker.Resolve(s, nameFirst, nameEnd) is { Type: EntityType.Person })
                {
                    (first, end) = (nameFirst, nameEnd);
                }

                if (end > first && (linker.Resolve(s, first, end) ?? ResolveOwner(context, head)) is { } source)
                {
                    var span = context.SpanOf(first, end);
                    return new SourceMention(span.Of(context.Text), source.Canonical, SourceKind.AccordingTo, null, span);
                }
            }
        }

        return null;
    }

    // "according to Reuters calculations", "according to the Kremlin's figures": the owner of the data is the source.
    private ResolvedActor? ResolveOwner(SentenceContext context, int noun)
    {
        foreach (var child in context.Tree.Children(noun))
        {
            if (child < noun && context.Tree.Relation(child) is "compound" or "nmod:poss")
            {
                var (first, end) = Arguments.Mention(context.Sentence, context.Tree, child);
                if (linker.Resolve(context.Sentence, first, end) is { } owner)
                {
                    return owner;
                }
            }
        }

        return null;
    }

    private readonly record struct CitedSpeech(int Speaker, int Saying, string? Via);

    // "X was cited by Y as saying …", "Y quoted X as saying …": one statement by X, via Y.
    private CitedSpeech? FindCitation(SentenceContext context, Predicate predicate)
    {
        var s = context.Sentence;
        var tree = context.Tree;
        if (!s_citing.Contains(predicate.Lemma))
        {
            return null;
        }

        var saying = tree.Children(predicate.Top).FirstOrDefault((s, tree), static (st, c) => st.s.Lemmas[c] == "say" && st.tree.Relation(c) is "advcl" or "xcomp" or "obl", -1);
        if (saying < 0)
        {
            return null;
        }

        var passive = tree.Child(predicate.Top, "nsubj:pass");
        var speaker = passive >= 0 ? passive : tree.Child(predicate.Top, "obj");
        var medium = passive >= 0 ? tree.Children(predicate.Top).FirstOrDefault(tree, static (tree, c) => tree.Relation(c) == "obl:agent", -1) : tree.Child(predicate.Top, "nsubj");
        if (medium < 0 && passive >= 0)
        {
            // "X was quoted as saying by Y" with "by Y" hung on "saying".
            medium = tree.Children(saying).FirstOrDefault((s, tree), static (st, c) => st.tree.BaseRelation(c) is "obl" && Arguments.CaseOf(st.s, st.tree, c) == "by", -1);
        }

        if (speaker < 0)
        {
            return null;
        }

        string? via = null;
        if (medium >= 0)
        {
            var (first, end) = Arguments.Mention(s, tree, medium);
            via = linker.Resolve(s, first, end)?.Canonical ?? context.SpanOf(first, end).Of(context.Text);
        }

        return new CitedSpeech(speaker, saying, via);
    }

    private static bool IsCitedSaying(SentenceContext context, Predicate predicate) =>
        predicate.Lemma == "say" && context.Tree.Head(predicate.Top) is var head and >= 0 && s_citing.Contains(context.Sentence.Lemmas[head]);
}
