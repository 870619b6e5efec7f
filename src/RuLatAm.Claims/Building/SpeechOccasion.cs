using RuLatAm.Claims.Analysis;
using RuLatAm.Claims.Parsing;

namespace RuLatAm.Claims.Building;

/// <summary>
/// The occasion a statement was made on ("said in an interview with X", "in an address to X, … said"): the party
/// it names is whom the speaker addressed.
/// </summary>
internal static class SpeechOccasion
{
    private static readonly HashSet<string> s_occasions = new(StringComparer.Ordinal)
    {
        "address", "interview", "speech", "letter", "message", "conversation", "call", "meeting", "briefing",
    };

    /// <summary>The party of the occasion on which <paramref name="verb"/> was said, or -1.</summary>
    public static int Addressee(AnalyzedSentence s, TreeView tree, int verb)
    {
        foreach (var occasion in tree.Children(verb))
        {
            if (tree.BaseRelation(occasion) is not "obl" || Arguments.CaseOf(s, tree, occasion) is not ("in" or "during" or "at")
                || !s_occasions.Contains(s.Lemmas[occasion]))
            {
                continue;
            }

            foreach (var party in tree.Children(occasion))
            {
                if (tree.BaseRelation(party) is "nmod" && Arguments.CaseOf(s, tree, party) is "to" or "with")
                {
                    return party;
                }
            }
        }

        return -1;
    }
}
