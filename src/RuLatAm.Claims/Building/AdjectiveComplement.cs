using RuLatAm.Claims.Analysis;
using RuLatAm.Claims.Parsing;

namespace RuLatAm.Claims.Building;

/// <summary>
/// An adjective that completes a verb ("draw close to X", "move closer to X", "stay open to X"): the parser hangs
/// the party on the adjective, yet it is the party of the whole predicate.
/// </summary>
internal static class AdjectiveComplement
{
    /// <summary>The object of the "to" or "with" phrase of <paramref name="verb"/>'s adjective complement, or -1.</summary>
    public static int Party(AnalyzedSentence s, TreeView tree, int verb)
    {
        foreach (var adjective in tree.Children(verb))
        {
            if (tree.Relation(adjective) != "xcomp" || s.Upos(adjective) is not ("ADJ" or "ADV"))
            {
                continue;
            }

            foreach (var party in tree.Children(adjective))
            {
                if (tree.BaseRelation(party) is "obl" && Arguments.CaseOf(s, tree, party) is "to" or "with")
                {
                    return party;
                }
            }
        }

        return -1;
    }
}
