using RuLatAm.Claims.Attribution;

namespace RuLatAm.Claims.Building;

/// <summary>
/// A verb of thinking with an object and an "as" phrase ("sees X as a threat", "considers X as a partner"): a small
/// clause that states a view, so a statement (corpus/README.md, thinking verbs with a small clause).
/// </summary>
internal static class AsJudgement
{
    /// <summary>Whether <paramref name="predicate"/> states a view of its object through an "as" phrase.</summary>
    public static bool Is(SentenceContext context, Predicate predicate)
    {
        var tree = context.Tree;
        var s = context.Sentence;
        if (!SpeechVerbs.IsThinking(predicate.Lemma) || !tree.HasChild(predicate.Content, "obj"))
        {
            return false;
        }

        foreach (var child in tree.Children(predicate.Content))
        {
            if (tree.BaseRelation(child) is "obl" or "xcomp" && RolePhrase.IsRole(s, tree, child))
            {
                return true;
            }
        }

        return false;
    }
}
