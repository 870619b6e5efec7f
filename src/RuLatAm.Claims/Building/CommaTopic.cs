using RuLatAm.Claims.Analysis;
using RuLatAm.Claims.Parsing;

namespace RuLatAm.Claims.Building;

/// <summary>
/// "By backing the bloc, Chile is lending …": a fronted phrase ends in a name, and the parser takes that name for the
/// subject with the real subject hung on it as a conjunct or apposition. A comma alone, with no "and" or "or" anywhere
/// in the coordination and no comma closing an apposition, joins no actors: the name right before the verb group is
/// the subject.
/// </summary>
internal static class CommaTopic
{
    /// <summary>The subject that follows a comma-only "coordination" or unclosed apposition with <paramref name="subject"/>, or -1.</summary>
    public static int Subject(AnalyzedSentence s, TreeView tree, int verb, int subject)
    {
        if (subject < 0 || HasConjunction(s, tree, subject))
        {
            return -1;
        }

        var k = verb - 1;
        while (k >= 0 && tree.Head(k) == verb && tree.Relation(k) is "aux" or "aux:pass" or "advmod")
        {
            k--;
        }

        return k > subject + 1 && s.Upos(k) == "PROPN" && tree.Relation(k) is "conj" or "appos" && tree.Head(k) == subject
            && s.Words[Arguments.Mention(s, tree, k).First - 1] == "," && !HasConjunction(s, tree, k)
            ? k
            : -1;
    }

    // A loop rather than a lambda: this runs for every predicate with a subject.
    private static bool HasConjunction(AnalyzedSentence s, TreeView tree, int word)
    {
        foreach (var c in tree.Children(word))
        {
            if (tree.Relation(c) == "cc" || tree.Relation(c) == "conj" && HasConjunction(s, tree, c))
            {
                return true;
            }
        }

        return false;
    }
}
