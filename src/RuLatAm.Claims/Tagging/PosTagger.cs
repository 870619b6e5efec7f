using System.Collections.Frozen;

namespace RuLatAm.Claims.Tagging;

/// <summary>Assigns Universal and Penn Treebank part-of-speech tags to the words of a sentence.</summary>
/// <remarks>Thread-safe. This first tagger reads closed-class words from a lexicon and open-class words from their shape and suffix.</remarks>
public sealed class PosTagger
{
    private static readonly FrozenDictionary<string, (string Upos, string Xpos)> s_closed = BuildClosedClass();

    /// <summary>A shared tagger.</summary>
    public static PosTagger Default { get; } = new();

    /// <summary>Tags the words of one sentence.</summary>
    /// <param name="words">The sentence's words, in order.</param>
    /// <returns>One UPOS and one XPOS tag per word.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="words"/> is null.</exception>
    public PosTags Tag(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var upos = new string[words.Count];
        var xpos = new string[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            (upos[i], xpos[i]) = TagWord(words, i, i > 0 ? upos[i - 1] : null);
        }

        return new PosTags(upos, xpos);
    }

    private static (string, string) TagWord(IReadOnlyList<string> words, int i, string? previous)
    {
        var word = words[i];
        var lower = word.ToLowerInvariant();
        if (s_closed.TryGetValue(lower, out var closed) && !(char.IsUpper(word[0]) && i > 0 && closed.Upos == "PRON" && word.Length > 3))
        {
            return closed;
        }

        if (char.IsDigit(word[0]))
        {
            return ("NUM", "CD");
        }

        if (!char.IsLetter(word[0]))
        {
            return char.IsSymbol(word[0]) ? ("SYM", "$") : ("PUNCT", word);
        }

        if (char.IsUpper(word[0]) && (i > 0 || word.Length > 1 && word.Skip(1).Any(char.IsUpper)))
        {
            return ("PROPN", "NNP");
        }

        if (previous is "AUX" or "PART" && (lower.EndsWith("ing", StringComparison.Ordinal) || lower.EndsWith("ed", StringComparison.Ordinal) || !lower.EndsWith('s')))
        {
            return ("VERB", lower.EndsWith("ing", StringComparison.Ordinal) ? "VBG" : lower.EndsWith("ed", StringComparison.Ordinal) ? "VBN" : "VB");
        }

        if (lower.EndsWith("ed", StringComparison.Ordinal) && lower.Length > 4)
        {
            return ("VERB", "VBD");
        }

        if (lower.EndsWith("ing", StringComparison.Ordinal) && lower.Length > 5)
        {
            return ("VERB", "VBG");
        }

        if (lower.EndsWith("ly", StringComparison.Ordinal) && lower.Length > 4)
        {
            return ("ADV", "RB");
        }

        if (lower.EndsWith("al", StringComparison.Ordinal) || lower.EndsWith("ic", StringComparison.Ordinal) || lower.EndsWith("ous", StringComparison.Ordinal) || lower.EndsWith("ive", StringComparison.Ordinal))
        {
            return ("ADJ", "JJ");
        }

        return lower.EndsWith('s') && lower.Length > 3 ? ("NOUN", "NNS") : ("NOUN", "NN");
    }

    private static FrozenDictionary<string, (string, string)> BuildClosedClass()
    {
        var map = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        void Add(string upos, string xpos, string words)
        {
            foreach (var w in words.Split(' '))
            {
                map[w] = (upos, xpos);
            }
        }

        Add("DET", "DT", "the a an this that these those each every some any no all both either neither another");
        Add("PRON", "PRP", "i you he she it we they me him her us them myself himself herself itself ourselves themselves");
        Add("PRON", "PRP$", "my your his its our their");
        Add("PRON", "WP", "who whom what which");
        Add("ADP", "IN", "of in on at by for with from to into onto over under about against between among through during before after since until within without towards toward across along amid despite via per than upon");
        Add("CCONJ", "CC", "and or but nor");
        Add("SCONJ", "IN", "if because although though while whether unless as");
        Add("AUX", "MD", "will would shall should can could may might must");
        Add("AUX", "VBZ", "is has does");
        Add("AUX", "VBP", "are am have do");
        Add("AUX", "VBD", "was were had did");
        Add("AUX", "VB", "be");
        Add("AUX", "VBN", "been");
        Add("AUX", "VBG", "being");
        Add("PART", "RB", "not n't never");
        Add("PART", "POS", "'s \u2019s '");
        Add("ADV", "RB", "also then now already still just only even very too again however more most well");
        Add("VERB", "VBD", "said told met made took gave held sold led went came saw found began thought spoke");
        Add("VERB", "VBZ", "says tells");
        Add("VERB", "VBP", "say");
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
