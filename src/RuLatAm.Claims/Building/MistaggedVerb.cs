using RuLatAm.Claims.Attribution;
using RuLatAm.Claims.Analysis;
using RuLatAm.Claims.Parsing;
using RuLatAm.Claims.Tagging;

namespace RuLatAm.Claims.Building;

/// <summary>
/// A verb the tagger took for a noun: after a title or name the tagger tends to read the next word as one more noun
/// ("the foreign minister met with X" as "minister met" NOUN NOUN), and the parser then swallows the subject as the
/// word's compound. A word the treebank holds only as a verb, in that slot and followed by a preposition or "to",
/// is read as the verb it can only be, with the swallowed phrase as its subject.
/// </summary>
internal static class MistaggedVerb
{
    /// <summary>The verb lemma of <paramref name="word"/> when it is such a verb, else null.</summary>
    public static string? Lemma(AnalyzedSentence s, TreeView tree, int word)
    {
        if ((PlannedVerb(s, tree, word) ?? ReportingVerb(s, tree, word)) is { } verb)
        {
            return verb;
        }

        if (s.Upos(word) != "NOUN" || s.Tags.Xpos[word] != "NN" || word == 0 || word + 1 >= s.Count
            || Subject(s, tree, word) < 0 || s.Upos(word + 1) != "ADP" && s.Words[word + 1] != "to")
        {
            return null;
        }

        return Lemmatizer.Default.VerbOnlyLemma(s.Words[word]);
    }

    // "The ministry plans to send …" read as the noun "ministry plans": a plural that is also a present-tense control
    // verb, heading the sentence with an infinitive right after it, is that verb.
    private static string? PlannedVerb(AnalyzedSentence s, TreeView tree, int word)
    {
        if (s.Tags.Xpos[word] != "NNS" || word + 2 >= s.Count || !s.Words[word + 1].Equals("to", StringComparison.OrdinalIgnoreCase)
            || s.Tags.Xpos[word + 2] != "VB" || IsUnderAnotherVerb(s, tree, word) || Subject(s, tree, word) < 0)
        {
            return null;
        }

        return Lemmatizer.Default.PresentVerbLemma(s.Words[word]) is { } lemma && PredicateFinder.IsControl(lemma) ? lemma : null;
    }

    // "The Kremlin denies that …" read as the noun "Kremlin denies": a plural that is also a present-tense speech verb,
    // with "that" right after it, is that verb.
    private static string? ReportingVerb(AnalyzedSentence s, TreeView tree, int word)
    {
        if (s.Tags.Xpos[word] != "NNS" || word + 1 >= s.Count || !s.Words[word + 1].Equals("that", StringComparison.OrdinalIgnoreCase)
            || IsUnderAnotherVerb(s, tree, word) || Subject(s, tree, word) < 0)
        {
            return null;
        }

        var lemma = Lemmatizer.Default.Lemmatize(s.Words[word], "VERB", "VBZ");
        return SpeechVerbs.IsSpeech(lemma) ? lemma : null;
    }

    // Under a verb the noun is an argument, unless that verb reports speech ("analysts say Moscow wants to …").
    private static bool IsUnderAnotherVerb(AnalyzedSentence s, TreeView tree, int word) =>
        tree.Head(word) is var head and >= 0 && s.Upos(head) is "VERB" or "AUX" && !SpeechVerbs.IsSpeech(s.Lemmas[head]);

    /// <summary>The head of the swallowed subject: the noun or name right before the word, parsed as its compound; -1 if none.</summary>
    public static int Subject(AnalyzedSentence s, TreeView tree, int word)
    {
        var before = word - 1;
        return before >= 0 && tree.Head(before) == word && tree.Relation(before) == "compound" && s.Upos(before) is "NOUN" or "PROPN" ? before : -1;
    }

    /// <summary>The words of the swallowed subject: the verb's own dependents before it, from the first one on.</summary>
    public static (int First, int End) SubjectSpan(TreeView tree, int word)
    {
        var first = word - 1;
        foreach (var child in tree.Children(word))
        {
            if (child < first && tree.Relation(child) is "det" or "amod" or "compound" or "nmod:poss" or "nummod")
            {
                first = child;
            }
        }

        return (first, word);
    }
}
