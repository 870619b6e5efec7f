using RuLatAm.Claims.Analysis;
using RuLatAm.Claims.Parsing;

namespace RuLatAm.Claims.Building;

/// <summary>
/// "… since X came to power", "… until Y left office": words such as "since" or "after" are prepositions as well as
/// conjunctions, and the parser may read "since X" as a prepositional phrase and give the clause's verb a subject
/// from the clause above. A name right before a finite verb, governed by such a word, is that verb's subject.
/// </summary>
internal static class SubordinateClauseSubject
{
    private static readonly HashSet<string> s_subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "since", "after", "before", "until", "till",
    };

    /// <summary>The head of the name that opens the verb's clause, or -1.</summary>
    public static int Of(AnalyzedSentence s, TreeView tree, int verb)
    {
        var isFinite = s.Tags.Xpos[verb] is "VBD" or "VBZ" or "VBP" || tree.HasChild(verb, "aux");
        if (!isFinite)
        {
            return -1;
        }

        var k = verb - 1;
        while (k >= 0 && tree.Head(k) == verb && tree.Relation(k) is "aux" or "advmod")
        {
            k--;
        }

        if (k < 0 || s.Upos(k) != "PROPN" || tree.Head(k) == verb)
        {
            return -1;
        }

        foreach (var child in tree.Children(k))
        {
            if (child < k && tree.Relation(child) == "case" && s_subordinators.Contains(s.Words[child]))
            {
                return k;
            }
        }

        return -1;
    }
}
