using RuLatAm.Claims.Attribution;

namespace RuLatAm.Claims.Building;

/// <summary>
/// A time phrase deep inside what a statement is about ("voiced concern about the meddling in the election in
/// May") dates that thing, not the statement (corpus/README.md, a date inside the object of a statement).
/// </summary>
internal static class StatementObjectDate
{
    /// <summary>Whether the time phrase over words [<paramref name="first"/>, <paramref name="end"/>) dates only a noun inside <paramref name="statement"/>'s object.</summary>
    /// <remarks>A phrase on the object itself ("announced a visit on Friday") may still date the statement's content and stays.</remarks>
    public static bool DatesOnlyAThing(SentenceContext context, Predicate statement, int first, int end)
    {
        if (!SpeechVerbs.IsSpeech(statement.Lemma))
        {
            return false;
        }

        var tree = context.Tree;
        for (var i = first; i < end; i++)
        {
            var noun = tree.Head(i);
            if (noun < first || noun >= end)
            {
                return tree.BaseRelation(i) is "nmod" && context.Sentence.Upos(noun) == "NOUN" && tree.BaseRelation(noun) is "nmod";
            }
        }

        return false;
    }
}
