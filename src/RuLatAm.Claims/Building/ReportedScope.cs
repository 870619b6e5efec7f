using RuLatAm.Claims.Attribution;

namespace RuLatAm.Claims.Building;

/// <summary>Which clauses under a speech verb belong to what it reports, and which the writer adds around it.</summary>
internal static class ReportedScope
{
    /// <summary>Whether <paramref name="clause"/>, attached to <paramref name="head"/>, still carries what the speech above reports.</summary>
    /// <remarks>
    /// A relative clause in the past describes its noun for the reader ("the loan that Lima did not repay", "Garcia,
    /// who served as minister"): it is the writer's background, not the speaker's content. An adverbial clause before
    /// the speech verb ("When asked about X, the minister said …") sets the scene of the speech. Inside quotation
    /// marks the words are the speaker's all the same.
    /// </remarks>
    public static bool Passes(SentenceContext context, int clause, int head)
    {
        var tree = context.Tree;
        if (context.QuoteAround(context.SpanOf(clause, clause + 1)) is not null)
        {
            return true;
        }

        if (WhoAntecedent.IsStrayRelative(context.Sentence, tree, clause))
        {
            return !IsPast(context, clause);
        }

        return tree.Relation(clause) switch
        {
            "acl:relcl" => !IsPast(context, clause),
            "advcl" => (clause > head && !IsWritersFrame(context, clause)) || !Reports(context.Sentence.Lemmas[head]),
            _ => true,
        };
    }

    // "did not forgive", "served", "had signed": a past relative clause tells what is known already; one with a
    // modal ("the role it can play") still carries the speaker's judgement.
    private static bool IsPast(SentenceContext context, int verb)
    {
        var s = context.Sentence;
        if (s.Tags.Xpos[verb] == "VBD")
        {
            return true;
        }

        foreach (var child in context.Tree.Children(verb))
        {
            if (context.Tree.BaseRelation(child) is "aux" && s.Tags.Xpos[child] == "VBD")
            {
                return true;
            }
        }

        return false;
    }

    // "Brazil rejected the plan, while Mexico abstained", "Arce said so after signing the deal": a clause set against
    // the speech, or one that says when it was made, is the writer's.
    private static bool IsWritersFrame(SentenceContext context, int clause)
    {
        foreach (var child in context.Tree.Children(clause))
        {
            if (context.Tree.Relation(child) == "mark"
                && context.Sentence.Words[child].ToLowerInvariant() is "while" or "whereas" or "although" or "though" or "after" or "before" or "when" or "upon")
            {
                return true;
            }
        }

        return false;
    }

    private static bool Reports(string lemma) => SpeechVerbs.IsSpeech(lemma) || SpeechVerbs.IsThinking(lemma);
}
