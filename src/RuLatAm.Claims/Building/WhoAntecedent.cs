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

        return noun < 0 || s.Upos(noun) != "NOUN" ? -1 : NameBefore(s, tree, noun);
    }

    /// <summary>
    /// The antecedent of a "who" the parser did not read as a relative pronoun ("met X, who was visiting Y" with the
    /// clause set beside the sentence): the name or description that ends right before its comma, or -1.
    /// </summary>
    public static int BeforeComma(AnalyzedSentence s, TreeView tree, int who)
    {
        if (who < 2 || s.Words[who - 1] != "," || s.Upos(who - 2) is not ("PROPN" or "NOUN"))
        {
            return -1;
        }

        var word = Whole(s, tree, who - 2);
        // Up from "Rosneft" in "the chief executive of Rosneft" to the description, then to the name it describes.
        while (tree.Relation(word) == "nmod" && tree.Head(word) is var up and >= 0 && up < word && s.Upos(up) is "NOUN" or "ADJ")
        {
            word = up;
        }

        if (tree.Relation(word) == "appos" && tree.Head(word) is var described and >= 0 && described < word && s.Upos(described) == "PROPN")
        {
            return Whole(s, tree, described);
        }

        return s.Upos(word) is "NOUN" or "ADJ" && NameBefore(s, tree, word) is var name and >= 0 ? name : word;
    }

    /// <summary>Whether the clause opens with ", who" or ", which" as its subject: a relative clause the parser attached elsewhere.</summary>
    public static bool IsStrayRelative(AnalyzedSentence s, TreeView tree, int clause)
    {
        foreach (var child in tree.Children(clause))
        {
            if (child < clause && tree.BaseRelation(child) is "nsubj" && s.Words[child].ToLowerInvariant() is "who" or "which"
                && child > 0 && s.Words[child - 1] == ",")
            {
                return true;
            }
        }

        return false;
    }

    // A name right before the description of <paramref name="noun"/>, set off by a comma.
    private static int NameBefore(AnalyzedSentence s, TreeView tree, int noun)
    {
        var first = Arguments.Mention(s, tree, noun).First;
        var name = first - 2;
        if (name < 0 || s.Words[first - 1] != "," || s.Upos(name) != "PROPN")
        {
            return -1;
        }

        return Whole(s, tree, name);
    }

    // The head of the name a word belongs to.
    private static int Whole(AnalyzedSentence s, TreeView tree, int name)
    {
        while (tree.Relation(name) is "flat" or "compound" && tree.Head(name) is var whole and >= 0 && whole < name + 3 && s.Upos(whole) == "PROPN")
        {
            name = whole;
        }

        return name;
    }
}
