using RuLatAm.Claims.Analysis;
using RuLatAm.Claims.Parsing;

namespace RuLatAm.Claims.Building;

/// <summary>
/// "has not had close ties with X": "have" before a plain noun phrase states a possession, not an act, even where the
/// parser hung the noun elsewhere (ANNOTATION.md 6, copulas); "have talks" stays an event.
/// </summary>
internal static class PossessiveHave
{
    /// <summary>Whether the verb at <paramref name="v"/> is "have" with a noun phrase after it that the parse left unattached.</summary>
    public static bool IsPossessionWithoutObject(AnalyzedSentence s, TreeView tree, int v)
    {
        if (s.Lemmas[v] != "have" || s.Upos(v) != "VERB" || tree.HasChild(v, "obj") || tree.HasChild(v, "xcomp"))
        {
            return false;
        }

        var k = v + 1;
        while (k < s.Count && s.Upos(k) is "DET" or "ADJ" or "ADV" or "NUM")
        {
            k++;
        }

        return k < s.Count && k > v + 1 && s.Upos(k) == "NOUN" && !Agents.IsGathering(s.Lemmas[k]);
    }
}
