using RuLatAm.Claims.Attribution;
using RuLatAm.Claims.Dates;

namespace RuLatAm.Claims.Building;

/// <summary>
/// Gives each predicate the time phrase that governs it (ANNOTATION.md 3.4 and 6): a phrase inside a clause dates
/// the predicate it attaches to; a phrase that opens the sentence dates every predicate of the sentence except
/// events inside reported speech, which the opening phrase does not date.
/// </summary>
internal static class DateAssignment
{
    public static Dictionary<int, DateMention> Assign(SentenceContext context, IReadOnlyList<Predicate> predicates, DateResolver resolver, ref ResolvedDate? anchor)
    {
        var assigned = new Dictionary<int, DateMention>();
        Span<bool> datedInside = context.Sentence.Count <= 256 ? stackalloc bool[context.Sentence.Count] : new bool[context.Sentence.Count];
        if (predicates.Count == 0)
        {
            return assigned;
        }

        var s = context.Sentence;
        var tree = context.Tree;
        foreach (var expression in context.Dates)
        {
            var (first, end) = Words(context, expression.Span);
            if (first < 0)
            {
                continue;
            }

            var opensSentence = first == 0 || first == 1 && s.Upos(0) is "ADP" or "CCONJ" or "ADV" || IsInFrontedPhrase(context, first, end);
            if (opensSentence)
            {
                foreach (var predicate in predicates)
                {
                    if (!IsReported(context, predicate, predicates) && !assigned.ContainsKey(predicate.Top))
                    {
                        assigned[predicate.Top] = Mention(context, expression, predicate, resolver, ref anchor);
                    }
                }

                continue;
            }

            // The first phrase inside the clause dates it: "on Thursday, two days after X" is dated by "on Thursday".
            var governing = Governing(context, predicates, first, end);
            if (governing is not null && !StatementObjectDate.DatesOnlyAThing(context, governing, first, end) && !datedInside[governing.Top])
            {
                datedInside[governing.Top] = true;
                var mention = Mention(context, expression, governing, resolver, ref anchor);
                assigned[governing.Top] = mention;
                foreach (var framed in EventSubject.Framed(context, predicates, governing, first))
                {
                    assigned.TryAdd(framed.Top, mention);
                }
            }
        }

        return assigned;
    }

    // The last date the article resolved anchors phrases counted from an earlier event ("two days ahead of it").
    private static DateMention Mention(SentenceContext context, DateExpression expression, Predicate predicate, DateResolver resolver, ref ResolvedDate? anchor)
    {
        var resolved = resolver.Resolve(expression.Text, context.Info.Published, predicate.Tense, anchor);
        if (resolved is not null)
        {
            anchor = resolved;
        }

        return new DateMention(expression.Text, resolved?.ToIso(), expression.Span);
    }

    // The predicate whose subtree holds the phrase most closely: walk up from the phrase's head word.
    private static Predicate? Governing(SentenceContext context, IReadOnlyList<Predicate> predicates, int first, int end)
    {
        var tree = context.Tree;
        var head = first;
        for (var i = first; i < end; i++)
        {
            if (tree.Head(i) < first || tree.Head(i) >= end)
            {
                head = i;
                break;
            }
        }

        for (var up = head; up >= 0; up = tree.Head(up))
        {
            foreach (var predicate in predicates)
            {
                if (predicate.Top == up || predicate.Content == up)
                {
                    return predicate;
                }
            }
        }

        return null;
    }

    // "During a stop in Quito on Monday, X and Y agreed …": a time phrase inside the adverbial fronted
    // before the first comma, ahead of the main verb, opens the sentence as much as one standing first. Inside a
    // long subject ("The rise of X during the last decade, …, has meant") or a reported clause it does not.
    private static bool IsInFrontedPhrase(SentenceContext context, int first, int end)
    {
        var tree = context.Tree;
        var top = first;
        while (tree.Head(top) >= 0 && tree.Head(tree.Head(top)) >= 0)
        {
            top = tree.Head(top);
        }

        // Inside a long subject, or inside the clause a closing report reports ("X signed Y on Friday, Z said").
        if (tree.BaseRelation(top) is "nsubj" or "csubj" or "ccomp")
        {
            return false;
        }

        var s = context.Sentence;
        var comma = -1;
        var root = -1;
        for (var i = 0; i < s.Count; i++)
        {
            if (comma < 0 && s.Words[i] == ",")
            {
                comma = i;
            }

            if (context.Tree.Head(i) < 0)
            {
                root = i;
            }
        }

        return comma >= 0 && end <= comma && comma < root;
    }

    private static bool IsReported(SentenceContext context, Predicate predicate, IReadOnlyList<Predicate> predicates)
    {
        if (SpeechVerbs.IsSpeech(predicate.Lemma))
        {
            return false;
        }

        foreach (var other in predicates)
        {
            if (other != predicate && SpeechVerbs.IsSpeech(other.Lemma) && context.Tree.IsAncestor(other.Content, predicate.Top))
            {
                return true;
            }
        }

        return false;
    }

    private static (int First, int End) Words(SentenceContext context, TextSpan span)
    {
        var tokens = context.Sentence.Tokens;
        var first = -1;
        var end = -1;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].End > span.Start && tokens[i].Start < span.End)
            {
                if (first < 0)
                {
                    first = i;
                }

                end = i + 1;
            }
        }

        return (first, end);
    }
}
