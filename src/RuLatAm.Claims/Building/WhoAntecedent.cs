using RuLatAm.Claims.Analysis;
using RuLatAm.Claims.Parsing;

namespace RuLatAm.Claims.Building;

/// <summary>
/// "X, the former head of the guerrilla movement who negotiated …": "who" refers to a person, yet the parser may
/// hang its clause on the nearest noun ("movement"). Climbing from that noun through the phrases it completes
/// reaches the description, and a name right before the description, set off by a comma, is the one it describes.
/// </summary>
internal static class WhoAntecedent
{
    /// <summary>The head of the name the relative clause of <paramref name="clause"/> describes, or -1.</summary>
    public static int Name(AnalyzedSentence s, TreeView tree, int clause)
    {
        var noun = tree.Head(clause);
        while (noun >= 0 && s.Upos(noun) == "NOUN" && tree.Relation(noun) == "nmod" && tree.Head(noun) is var up and >= 0 && s.Upos(up) == "NOUN")
        {
            noun = up;
        }

        if (noun < 0 || s.Upos(noun) != "NOUN")
        {
            return -1;
        }

        var first = Arguments.Mention(s, tree, noun).First;
        var name = first - 2;
        if (name < 0 || s.Words[first - 1] != "," || s.Upos(name) != "PROPN")
        {
            return -1;
        }

        while (tree.Relation(name) is "flat" or "compound" && tree.Head(name) is var whole and >= 0 && whole < name + 3 && s.Upos(whole) == "PROPN")
        {
            name = whole;
        }

        return name;
    }
}
