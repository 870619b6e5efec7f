using RuLatAm.Claims.Analysis;
using RuLatAm.Claims.Parsing;

namespace RuLatAm.Claims.Building;

/// <summary>
/// "Kremlin Press Secretary Anna Petrova announced …": the parser may split one noun phrase into several subjects of
/// the verb. An English noun phrase ends in its head, so when the subjects run on with nothing between them, the last
/// one (here the person behind the title) is the actor, and the words before it only modify it.
/// </summary>
internal static class SplitSubject
{
    /// <summary>The last of the verb's run-on subjects when there are several, else <paramref name="subject"/>.</summary>
    public static int Head(AnalyzedSentence s, TreeView tree, int verb, int subject)
    {
        if (subject < 0)
        {
            return subject;
        }

        var last = subject;
        foreach (var c in tree.Children(verb))
        {
            if (c > last && tree.Relation(c) == "nsubj")
            {
                last = c;
            }
        }

        if (last != subject && (IsStolenObject(s, tree, verb, subject) || IsWhoseObject(s, tree, subject)))
        {
            foreach (var c in tree.Children(verb))
            {
                if (c > subject && tree.Relation(c) == "nsubj")
                {
                    return c;
                }
            }
        }

        return last != subject && RunsOn(s, tree, subject, last) ? last : subject;
    }

    /// <summary>
    /// An object the parser made one more subject of a verb: "whose debt" in "whose debt Moscow wrote off" is the
    /// object of <paramref name="verb"/>; "X" in "After meeting X, Y said" is the object of the gerund
    /// <paramref name="verb"/>. The object's head, or -1.
    /// </summary>
    public static int MisreadObject(AnalyzedSentence s, TreeView tree, int verb)
    {
        if (FirstOfSeveralSubjects(tree, verb) is var own and >= 0 && IsWhoseObject(s, tree, own))
        {
            return own;
        }

        var head = tree.Head(verb);
        return tree.Relation(verb) == "advcl" && head >= 0 && FirstOfSeveralSubjects(tree, head) is var taken and >= 0
            && IsStolenObject(s, tree, head, taken) && Arguments.Mention(s, tree, taken).First == verb + 1
            ? taken
            : -1;
    }

    // The verb's first subject when another follows it, else -1.
    private static int FirstOfSeveralSubjects(TreeView tree, int verb)
    {
        var first = -1;
        foreach (var c in tree.Children(verb))
        {
            if (tree.Relation(c) == "nsubj")
            {
                if (first >= 0)
                {
                    return first;
                }

                first = c;
            }
        }

        return -1;
    }

    private static bool IsWhoseObject(AnalyzedSentence s, TreeView tree, int subject) =>
        s.Tags.Xpos[Arguments.Mention(s, tree, subject).First] == "WP$";

    // The subject follows a verbal clause of the same verb that has no object of its own.
    private static bool IsStolenObject(AnalyzedSentence s, TreeView tree, int verb, int subject)
    {
        var before = Arguments.Mention(s, tree, subject).First - 1;
        return before >= 0 && tree.Head(before) == verb && tree.Relation(before) == "advcl" && s.Upos(before) == "VERB"
            && !tree.HasChild(before, "obj") && !tree.HasChild(before, "nsubj");
    }

    /// <summary>
    /// "Argentine President A and Russian President B agreed" parsed with each name a subject of its own: when the
    /// verb's subjects are joined by "and", the coordinated mentions between the first subject and the verb, else null.
    /// </summary>
    public static List<(int First, int End)>? Coordinated(AnalyzedSentence s, TreeView tree, int subject)
    {
        var verb = tree.Head(subject);
        if (verb < 0 || tree.Relation(subject) != "nsubj")
        {
            return null;
        }

        int first = int.MaxValue, last = -1;
        foreach (var c in tree.Children(verb))
        {
            if (c < verb && tree.Relation(c) == "nsubj")
            {
                first = Math.Min(first, c);
                last = Math.Max(last, c);
            }
        }

        if (last < 0 || first == last)
        {
            return null;
        }

        var start = Arguments.Mention(s, tree, first).First;
        var end = Math.Min(Arguments.Mention(s, tree, last).End, verb);
        var pieces = new List<(int First, int End)>();
        var pieceStart = start;
        var coordinated = false;
        for (var k = start; k < end; k++)
        {
            var joins = s.Words[k] is "and" or ",";
            coordinated |= s.Words[k] == "and";
            if (!joins && s.Upos(k) is not ("PROPN" or "NOUN" or "ADJ" or "DET" or "PART"))
            {
                return null;
            }

            if (joins)
            {
                if (k > pieceStart)
                {
                    pieces.Add((pieceStart, k));
                }

                pieceStart = k + 1;
            }
        }

        if (end > pieceStart)
        {
            pieces.Add((pieceStart, end));
        }

        return pieces.Count > 1 && coordinated ? pieces : null;
    }

    // Nothing but the words of the two mentions from one to the other: no comma, conjunction or verb between.
    private static bool RunsOn(AnalyzedSentence s, TreeView tree, int first, int last)
    {
        var start = Arguments.Mention(s, tree, first).First;
        var end = Arguments.Mention(s, tree, last).First;
        for (var k = start; k < end; k++)
        {
            if (s.Upos(k) is not ("PROPN" or "NOUN" or "ADJ" or "DET" or "PART"))
            {
                return false;
            }
        }

        return true;
    }
}
