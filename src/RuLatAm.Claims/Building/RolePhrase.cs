using RuLatAm.Claims.Analysis;
using RuLatAm.Claims.Parsing;

namespace RuLatAm.Claims.Building;

/// <summary>An "as" phrase after a verb: the role its subject plays ("served as minister"), not a party acted on.</summary>
internal static class RolePhrase
{
    /// <summary>Whether <paramref name="word"/> heads an "as" phrase.</summary>
    public static bool IsRole(AnalyzedSentence s, TreeView tree, int word) => Arguments.CaseOf(s, tree, word) == "as";

    /// <summary>Whom the role serves ("works as a lifeline for X" gives X), or -1 when it names nobody.</summary>
    public static int Beneficiary(AnalyzedSentence s, TreeView tree, int role)
    {
        foreach (var child in tree.Children(role))
        {
            if (tree.BaseRelation(child) is "nmod" && Arguments.CaseOf(s, tree, child) is "for" or "to")
            {
                return child;
            }
        }

        return -1;
    }
}
