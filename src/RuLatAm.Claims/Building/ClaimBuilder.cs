using RuLatAm.Claims.Analysis;
using RuLatAm.Claims.Attribution;
using RuLatAm.Claims.Dates;
using RuLatAm.Claims.Linking;
using RuLatAm.Claims.Parsing;

namespace RuLatAm.Claims.Building;

/// <summary>Builds claims from analysed sentences: predicates, their actors, targets, dates, sources and quotes.</summary>
internal sealed class ClaimBuilder(ActorCatalogue catalogue, DateFinder dateFinder, DateResolver dateResolver, QuoteFinder quoteFinder)
{
    public List<Claim> Build(string text, IReadOnlyList<AnalyzedSentence> sentences, DocumentInfo info, CancellationToken cancellationToken)
    {
        var linker = new EntityLinker(catalogue, info.Published);
        var quotes = quoteFinder.Find(text, new TextSpan(0, text.Length));
        var treeBuilder = new SentenceClaimBuilder(linker, dateResolver, new QuoteSpeakers());
        var claims = new List<Claim>();
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var dates = dateFinder.Find(text, sentence.Sentence.Span);
            if (sentence.Tree is { } tree)
            {
                var subjects = new List<ResolvedActor>();
                claims.AddRange(treeBuilder.Build(new SentenceContext(text, sentence, new TreeView(tree), quotes, dates, info), subjects));
                linker.Observe(sentence);
                subjects.ForEach(linker.Remember);
                continue;
            }

            BuildFromTags(text, sentence, linker, [.. quotes.Where(q => q.Overlaps(sentence.Sentence.Span))], dates, info, claims);
            linker.Observe(sentence);
        }

        return claims;
    }

    private void BuildFromTags(string text, AnalyzedSentence sentence, EntityLinker linker, IReadOnlyList<TextSpan> quotes, IReadOnlyList<DateExpression> dates, DocumentInfo info, List<Claim> claims)
    {
        ResolvedActor? previousSubject = null;
        TextSpan previousSubjectSpan = default;
        foreach (var chain in VerbChainFinder.Find(sentence))
        {
            if (quotes.Any(q => q.Contains(sentence.SpanOf(chain.Content, chain.Content + 1))))
            {
                continue;
            }

            var subject = SubjectBefore(sentence, chain) ?? SubjectAfter(sentence, chain);
            ResolvedActor? actor = subject is var (first, end) ? linker.Resolve(sentence, first, end) : null;
            var actorSpan = subject is var (f, e) ? sentence.SpanOf(f, e) : default;
            if (actor is null && subject is null && previousSubject is not null && SharesSubject(sentence, chain))
            {
                actor = previousSubject;
                actorSpan = previousSubjectSpan;
            }

            if (actor is not { } resolved)
            {
                continue;
            }

            previousSubject = resolved;
            previousSubjectSpan = actorSpan;
            linker.Remember(resolved);
            claims.Add(MakeClaim(text, sentence, chain, resolved, actorSpan, quotes, dates, info));
        }
    }

    private Claim MakeClaim(
        string text, AnalyzedSentence sentence, VerbChain chain, ResolvedActor actor, TextSpan actorSpan,
        IReadOnlyList<TextSpan> quotes, IReadOnlyList<DateExpression> dates, DocumentInfo info)
    {
        var actionSpan = sentence.SpanOf(chain.First, chain.End);
        var isStatement = SpeechVerbs.IsSpeech(chain.Lemma) || (SpeechVerbs.IsThinking(chain.Lemma) && FollowedByClause(sentence, chain));
        QuoteMention? quote = null;
        SourceMention? source = null;
        if (isStatement)
        {
            var quoted = quotes.FirstOrDefault(q => q.End <= actionSpan.Start + 3 || q.Start >= actionSpan.End);
            var reported = ReportedClause(sentence, chain);
            var span = reported ?? (quoted.Length > 0 ? quoted : (TextSpan?)null);
            if (span is { } s)
            {
                quote = new QuoteMention(s.Of(text), s);
            }

            var kind = reported is null && quoted.Length > 0 ? SourceKind.Direct : SourceKind.Indirect;
            source = new SourceMention(actorSpan.Of(text), actor.Canonical, kind, null, actorSpan);
        }

        var date = DateFor(text, sentence, chain, dates, info);
        return new Claim(
            isStatement ? ClaimKind.Statement : ClaimKind.Event,
            new ActorMention(actorSpan.Of(text), actor.Canonical, actor.Type, actorSpan),
            new ActionMention(actionSpan.Of(text), chain.Lemma, actionSpan),
            isStatement ? null : TargetAfter(text, sentence, chain),
            date,
            source,
            quote,
            chain.Modality,
            new EvidenceSpan(sentence.Sentence.Span.Of(text), sentence.Sentence.Span));
    }

    private DateMention? DateFor(string text, AnalyzedSentence sentence, VerbChain chain, IReadOnlyList<DateExpression> dates, DocumentInfo info)
    {
        var chainSpan = sentence.SpanOf(chain.First, chain.End);
        foreach (var date in dates)
        {
            var clauseEnd = ClauseEnd(sentence, chain.End);
            var opensSentence = date.Span.Start == sentence.Sentence.Span.Start;
            if (opensSentence || (date.Span.Start >= chainSpan.End && date.Span.End <= clauseEnd))
            {
                var value = dateResolver.Resolve(date.Text, info.Published, chain.Tense)?.ToIso();
                return new DateMention(date.Span.Of(text), value, date.Span);
            }
        }

        return null;
    }

    private static int ClauseEnd(AnalyzedSentence sentence, int from)
    {
        for (var i = from; i < sentence.Count; i++)
        {
            if (sentence.Upos(i) == "VERB" || sentence.Words[i] is "," or ";" or "that" or "which" or "who")
            {
                return sentence.Tokens[i].Start;
            }
        }

        return sentence.Sentence.Span.End;
    }

    private static (int First, int End)? SubjectBefore(AnalyzedSentence s, VerbChain chain)
    {
        var end = chain.First;
        while (end > 0 && s.Upos(end - 1) == "ADV")
        {
            end--;
        }

        var first = end;
        while (first > 0 && IsNounPhraseWord(s, first - 1))
        {
            first--;
        }

        if (first == end)
        {
            return null;
        }

        // Possessive chains keep only the possessor's head phrase: "Russia's Federation Council" stays whole.
        return (first, end);
    }

    // "…," said X: the subject follows a speech verb that follows a quote or a comma.
    private static (int First, int End)? SubjectAfter(AnalyzedSentence s, VerbChain chain)
    {
        if (chain.First == 0 || s.Words[chain.First - 1] is not ("," or "\u201D" or "\"") || !SpeechVerbs.IsSpeech(chain.Lemma))
        {
            return null;
        }

        var end = chain.End;
        while (end < s.Count && IsNounPhraseWord(s, end) && s.Upos(end) != "ADP")
        {
            end++;
        }

        return end > chain.End ? (chain.End, end) : null;
    }

    private static bool SharesSubject(AnalyzedSentence s, VerbChain chain)
    {
        var k = chain.First - 1;
        while (k >= 0 && s.Upos(k) == "ADV")
        {
            k--;
        }

        // Coordinated verbs, purpose infinitives and gerunds after a preposition share the clause's subject.
        return s.Words[chain.First] == "to"
            || k >= 0 && (s.Upos(k) == "CCONJ" || s.Words[k] is "before" or "after" or "by" or "while" or "without" or ",");
    }

    private static bool IsNounPhraseWord(AnalyzedSentence s, int i) =>
        s.Upos(i) is "PROPN" or "NOUN" or "ADJ" or "DET" or "NUM" or "PRON" || s.Tags.Xpos[i] == "POS"
        || (s.Words[i] is "of" && i > 0 && s.Upos(i - 1) is "PROPN" or "NOUN");

    private static bool FollowedByClause(AnalyzedSentence s, VerbChain chain) =>
        chain.End < s.Count && (s.Words[chain.End] == "that" || s.Upos(chain.End) is "PRON" or "PROPN" or "DET");

    private static TextSpan? ReportedClause(AnalyzedSentence s, VerbChain chain)
    {
        for (var i = chain.End; i < s.Count; i++)
        {
            if (s.Words[i] == "that")
            {
                var last = s.Count - 1;
                while (last > i && s.Upos(last) == "PUNCT")
                {
                    last--;
                }

                return last > i ? s.SpanOf(i, last + 1) : null;
            }

            if (s.Upos(i) is "VERB" or "PUNCT")
            {
                return null;
            }
        }

        return null;
    }

    private TargetMention? TargetAfter(string text, AnalyzedSentence s, VerbChain chain)
    {
        var start = chain.End;
        if (start < s.Count && s.Upos(start) == "ADP" && s.Words[start] is "to" or "with" or "against" or "into")
        {
            start++;
        }

        var end = start;
        while (end < s.Count && IsNounPhraseWord(s, end) && s.Upos(end) != "PRON" || (end > start && end < s.Count && s.Words[end] is "of"))
        {
            end++;
        }

        while (end > start && s.Words[end - 1] is "of")
        {
            end--;
        }

        if (end == start)
        {
            return null;
        }

        var span = s.SpanOf(start, end);
        var linker = new EntityLinker(catalogue, default);
        var canonical = linker.Resolve(s, start, end)?.Canonical;
        return new TargetMention(span.Of(text), canonical, span);
    }
}
