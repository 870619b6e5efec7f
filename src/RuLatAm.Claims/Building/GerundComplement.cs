using RuLatAm.Claims.Analysis;
using RuLatAm.Claims.Parsing;

namespace RuLatAm.Claims.Building;

/// <summary>A gerund clause a verb takes through a preposition ("took part in drafting X", "refrained from sending X").</summary>
internal static class GerundComplement
{
    /// <summary>The gerund right after <paramref name="verb"/> and its preposition, which the verb acts on, or -1.</summary>
    /// <remarks>
    /// Parsers read the preposition as a clause marker; the clause is still what the verb is about, its target. Means
    /// ("by sending"), time ("after sending") and purpose ("for sending") are not what the verb acts on.
    /// </remarks>
    public static int Of(AnalyzedSentence s, TreeView tree, int verb)
    {
        var preposition = verb + 1;
        var gerund = verb + 2;
        return gerund < s.Count && s.Words[preposition].ToLowerInvariant() is "in" or "on" or "from" or "of" or "about" or "into" or "against" or "at"
            && tree.Relation(preposition) == "mark"
            && tree.Head(preposition) == gerund && tree.Head(gerund) == verb && tree.Relation(gerund) == "advcl" && s.Tags.Xpos[gerund] == "VBG"
                ? gerund
                : -1;
    }
}
