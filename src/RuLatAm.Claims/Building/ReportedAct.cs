using RuLatAm.Claims.Attribution;

namespace RuLatAm.Claims.Building;

/// <summary>
/// A speech verb with only a noun for object, inside what another speaker reports ("Lima says it has confirmed the
/// deal"): the outer report carries the content, so the inner verb is an act the report tells of, an event.
/// </summary>
internal static class ReportedAct
{
    /// <summary>Whether <paramref name="predicate"/> is a speech act told of inside another report.</summary>
    public static bool Is(SentenceContext context, Predicate predicate)
    {
        var tree = context.Tree;
        var s = context.Sentence;
        var obj = tree.Child(predicate.Content, "obj");
        if (obj < 0 || s.Upos(obj) != "NOUN" || tree.HasChild(predicate.Content, "ccomp") || tree.HasChild(predicate.Content, "xcomp")
            || context.QuoteAround(context.SpanOf(predicate.First, predicate.End)) is not null)
        {
            return false;
        }

        // Only what a report says counts: a speech verb coordinated with another ("expressed X and declared Y") or one
        // of purpose ("contacted X to express Y") is a report of its own.
        for (int below = predicate.Top, up = tree.Head(below); up >= 0 && tree.Relation(below) is "ccomp" or "xcomp"; below = up, up = tree.Head(up))
        {
            if (SpeechVerbs.IsSpeech(s.Lemmas[up]) && s.Upos(up) == "VERB")
            {
                return true;
            }
        }

        return false;
    }
}
