using RuLatAm.Claims.Analysis;
using RuLatAm.Claims.Dates;

namespace RuLatAm.Claims.Building;

/// <summary>Finds the predicates of a sentence from its tags: verb groups with their auxiliaries and control verbs.</summary>
internal static class VerbChainFinder
{
    private static readonly HashSet<string> s_plannedControls = new(StringComparer.Ordinal)
    {
        "expect", "schedule", "plan", "set", "due", "intend", "prepare", "agree", "decide", "aim", "seek", "promise", "vow", "pledge",
    };

    private static readonly HashSet<string> s_possibleControls = new(StringComparer.Ordinal)
    {
        "hope", "want", "wish", "try", "attempt", "seek", "aim", "strive", "keen", "able",
    };

    private static readonly HashSet<string> s_negatedControls = new(StringComparer.Ordinal) { "refuse", "fail", "decline" };

    private static readonly HashSet<string> s_aspectual = new(StringComparer.Ordinal)
    {
        "begin", "start", "continue", "stop", "keep", "cease", "resume", "finish", "go",
    };

    public static List<VerbChain> Find(AnalyzedSentence s)
    {
        var chains = new List<VerbChain>();
        var i = 0;
        while (i < s.Count)
        {
            if (s.Upos(i) != "VERB" || IsAttributive(s, i))
            {
                i++;
                continue;
            }

            var first = i;
            while (first > 0 && IsChainPrefix(s, first - 1))
            {
                first--;
            }

            var content = i;
            var end = i + 1;

            // Control and aspectual verbs hand the content to the verb they govern: "is expected to meet", "stopped supplying".
            while (true)
            {
                if (end + 1 < s.Count && s.Words[end] is "to" && s.Upos(end + 1) is "VERB" or "AUX" && IsControl(s.Lemmas[content]))
                {
                    content = end + 1;
                    end += 2;
                    continue;
                }

                if (end < s.Count && s.Upos(end) == "VERB" && s.Tags.Xpos[end] == "VBG" && s_aspectual.Contains(s.Lemmas[content]))
                {
                    content = end;
                    end++;
                    continue;
                }

                break;
            }

            // A particle or the governing preposition of the object belongs to the action text: "meet with", "call on".
            while (end < s.Count && s.Upos(end) == "ADP" && s.Words[end] is "with" or "on" && end == content + 1)
            {
                end++;
            }

            chains.Add(new VerbChain(first, content, end, s.Lemmas[content], ModalityOf(s, first, content), TenseOf(s, first, content)));
            i = Math.Max(end, content + 1);
        }

        return chains;
    }

    // "the 87-year-old leader", "a Western-backed coup": a participle before a noun describes it.
    private static bool IsAttributive(AnalyzedSentence s, int i)
    {
        var xpos = s.Tags.Xpos[i];
        if (xpos is not ("VBN" or "VBG"))
        {
            return false;
        }

        var before = i > 0 ? s.Upos(i - 1) : "";
        var after = i + 1 < s.Count ? s.Upos(i + 1) : "";
        return before is "DET" or "ADJ" && after is "NOUN" or "PROPN" || (xpos == "VBG" && before is "ADP" or "DET");
    }

    private static bool IsControl(string lemma) =>
        s_plannedControls.Contains(lemma) || s_possibleControls.Contains(lemma) || s_negatedControls.Contains(lemma)
        || s_aspectual.Contains(lemma) || lemma is "be" or "have" or "need" or "decide" or "continue" or "threaten";

    private static bool IsChainPrefix(AnalyzedSentence s, int i) =>
        s.Upos(i) == "AUX" || s.Words[i] is "not" or "n't" or "never" or "to" || (s.Upos(i) == "ADV" && i > 0 && s.Upos(i - 1) == "AUX")
        || (s.Upos(i) == "ADV" && i + 1 < s.Count && s.Upos(i + 1) == "VERB" && i > 0 && s.Upos(i - 1) is "AUX" or "PRON" or "PROPN" or "NOUN" && s.Words[i].Length > 2 && s.Words[i].EndsWith("ly", StringComparison.Ordinal) == false && s.Words[i] is "also" or "first" or "then" or "already" or "still" or "now" or "even" or "again");

    private static Modality ModalityOf(AnalyzedSentence s, int first, int content)
    {
        var planned = false;
        var possible = false;
        for (var k = first; k < content; k++)
        {
            var lemma = s.Lemmas[k];
            var word = s.Words[k].ToLowerInvariant();
            if (word is "not" or "n't" or "never" || s_negatedControls.Contains(lemma))
            {
                return Modality.Negated;
            }

            planned |= word is "will" or "shall" or "'ll" or "would" || s_plannedControls.Contains(lemma) || (lemma == "be" && k + 1 < content && s.Words[k + 1] == "to");
            possible |= word is "could" or "may" or "might" or "can" || s_possibleControls.Contains(lemma);
        }

        // A bare "to" infinitive outside a control chain states a purpose: "… to discuss trade".
        possible |= s.Words[first] == "to" && (first == 0 || s.Upos(first - 1) != "AUX");
        return possible ? Modality.Possible : planned ? Modality.Planned : Modality.Asserted;
    }

    private static Tense TenseOf(AnalyzedSentence s, int first, int content)
    {
        for (var k = first; k <= content; k++)
        {
            var word = s.Words[k].ToLowerInvariant();
            if (word is "will" or "shall" or "'ll" or "would" || (s.Lemmas[k] == "be" && k + 1 <= content && s.Words[k + 1] == "to"))
            {
                return Tense.Future;
            }
        }

        for (var k = first; k <= content; k++)
        {
            if (s.Tags.Xpos[k] is "VBD" or "VBN")
            {
                return Tense.Past;
            }
        }

        return Tense.Present;
    }
}
