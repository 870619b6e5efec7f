using RuLatAm.Claims.Analysis;
using RuLatAm.Claims.Linking;

namespace RuLatAm.Claims.Building;

/// <summary>Where a mention really starts or ends, and which mentions can never name an actor, however the parser cut them.</summary>
internal static class MentionBounds
{
    /// <summary>"Brazil's Congress approved" with "Brazil's" hung on the verb: the possessor right before a name is still its own.</summary>
    public static int WithStrandedPossessor(AnalyzedSentence s, int first)
    {
        if (first < 2 || s.Words[first - 1] is not ("'s" or "\u2019s") || s.Upos(first - 2) != "PROPN" || s.Upos(first) != "PROPN")
        {
            return first;
        }

        var possessor = first - 2;
        while (possessor > 0 && s.Upos(possessor - 1) == "PROPN")
        {
            possessor--;
        }

        return possessor;
    }

    /// <summary>"the frigate Admiral Gorshkov", "a U.S. Navy destroyer": a vehicle is no actor, whatever its name.</summary>
    public static bool IsVehicle(AnalyzedSentence s, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (char.IsLower(s.Words[k][0]) && LinkerWords.VehicleNouns.Contains(s.Words[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The title and name after a comma that closes a mention ending at <paramref name="end"/>, to the next
    /// comma or the end of the sentence; null when anything else comes first.</summary>
    public static (int First, int End)? NameAfterComma(AnalyzedSentence s, int end)
    {
        if (end >= s.Count || s.Words[end] != ",")
        {
            return null;
        }

        var last = end + 1;
        while (last < s.Count && s.Upos(last) is "PROPN" or "ADJ" or "NOUN" && char.IsUpper(s.Words[last][0]))
        {
            last++;
        }

        return last > end + 1 && (last == s.Count || s.Upos(last) == "PUNCT") ? (end + 1, last) : null;
    }

    /// <summary>
    /// The body or place an unnamed spokesperson or group speaks for ("a spokesperson for YPFB", "officials in La Paz"):
    /// the head of the phrase after "for", "in", "from" or "at", or -1.
    /// </summary>
    public static int SpokenFor(AnalyzedSentence s, Parsing.TreeView tree, int head)
    {
        if (!LinkerWords.GroupNouns.Contains(s.Words[head]) && s.Words[head].ToLowerInvariant() is not ("spokesperson" or "spokesman" or "spokeswoman"))
        {
            return -1;
        }

        foreach (var child in tree.Children(head))
        {
            if (child > head && tree.BaseRelation(child) is "nmod" && Arguments.CaseOf(s, tree, child) is "for" or "in" or "from" or "at" && s.Upos(child) is "PROPN" or "NOUN")
            {
                return child;
            }
        }

        return -1;
    }
}
