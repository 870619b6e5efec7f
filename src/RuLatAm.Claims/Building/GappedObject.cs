using RuLatAm.Claims.Analysis;
using RuLatAm.Claims.Parsing;

namespace RuLatAm.Claims.Building;

/// <summary>The noun a clause describes when that noun is what the clause's verb acts on.</summary>
/// <remarks>
/// "the treaty signed by Chile and Peru" and "the first step Lima will take" leave their verb without an object: the
/// noun they hang on fills the gap. A relative word ("the minister who signed", "the city where it met") or a
/// stranded preposition ("the bank it relies on") says the noun plays another part.
/// </remarks>
internal static class GappedObject
{
    /// <summary>The noun that <paramref name="verb"/>'s clause describes and leaves as its object, or -1.</summary>
    public static int Of(AnalyzedSentence s, TreeView tree, int verb)
    {
        var noun = tree.Head(verb);
        if (noun < 0 || s.Upos(noun) is not ("NOUN" or "PROPN") || tree.HasChild(verb, "obj"))
        {
            return -1;
        }

        // A past participle after its noun is a reduced passive: the noun undergoes the event.
        if (tree.Relation(verb) == "acl" && s.Tags.Xpos[verb] == "VBN" && noun < verb)
        {
            return noun;
        }

        var subject = tree.Child(verb, "nsubj");
        if (tree.Relation(verb) != "acl:relcl" || subject < 0 || noun > subject)
        {
            return -1;
        }

        // "The Cuban leader, Miguel Diaz-Canel, has visited …": a name set off by a comma renames the noun; it is the
        // sentence's subject, not a relative clause's.
        var (first, _) = Arguments.Mention(s, tree, subject);
        if (first > 0 && s.Words[first - 1] == "," && s.Upos(subject) == "PROPN")
        {
            return -1;
        }

        foreach (var child in tree.Children(verb))
        {
            if (s.Tags.Xpos[child] is "WDT" or "WP" or "WP$" or "WRB" || s.Words[child].Equals("that", StringComparison.OrdinalIgnoreCase)
                || tree.Relation(child) is "case" or "iobj" or "ccomp" or "xcomp")
            {
                return -1;
            }
        }

        return noun;
    }
}
