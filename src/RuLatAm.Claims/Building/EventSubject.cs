using RuLatAm.Claims.Linking;

namespace RuLatAm.Claims.Building;

/// <summary>
/// A subject that names an event rather than an actor ("The summit on May 3 will give Chile a chance to sign …"):
/// its predicate only frames the claims below it, so the time the subject states is theirs.
/// </summary>
internal static class EventSubject
{
    /// <summary>The infinitives <paramref name="governing"/> frames, when the time phrase at <paramref name="dateWord"/> dates its event subject.</summary>
    public static IEnumerable<Predicate> Framed(SentenceContext context, IReadOnlyList<Predicate> predicates, Predicate governing, int dateWord)
    {
        var tree = context.Tree;
        var subject = tree.Child(governing.Top, "nsubj");
        if (subject < 0 || !tree.IsAncestor(subject, dateWord) || !IsEventNoun(context, subject))
        {
            yield break;
        }

        foreach (var predicate in predicates)
        {
            if (predicate != governing && tree.IsAncestor(governing.Top, predicate.Top) && !tree.IsAncestor(subject, predicate.Top)
                && IsInfinitive(context, predicate.Top))
            {
                yield return predicate;
            }
        }
    }

    // What the event makes possible is a "to" infinitive ("a chance to sign"); a report of it ("…, officials said") keeps its own time.
    private static bool IsInfinitive(SentenceContext context, int verb)
    {
        foreach (var child in context.Tree.Children(verb))
        {
            if (context.Tree.Relation(child) == "mark" && context.Sentence.Words[child].Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // A common noun that no entity covers and that names no office holder: a meeting, a start, a summit.
    private static bool IsEventNoun(SentenceContext context, int word)
    {
        var s = context.Sentence;
        if (s.Upos(word) != "NOUN" || RoleWords.IsRoleNoun(s.Words[word]))
        {
            return false;
        }

        foreach (var entity in s.Entities)
        {
            if (entity.FirstWord <= word && word < entity.EndWord)
            {
                return false;
            }
        }

        return true;
    }
}
