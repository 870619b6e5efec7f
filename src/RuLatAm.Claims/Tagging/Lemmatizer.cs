using System.Collections.Frozen;

namespace RuLatAm.Claims.Tagging;

/// <summary>Gives the dictionary form of a tagged word ("met" VERB gives "meet").</summary>
/// <remarks>Thread-safe. Irregular forms come from a table; regular inflections are undone by suffix rules.</remarks>
public sealed class Lemmatizer
{
    private static readonly FrozenDictionary<string, string> s_irregular = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["is"] = "be", ["are"] = "be", ["was"] = "be", ["were"] = "be", ["been"] = "be", ["am"] = "be", ["'s"] = "be",
        ["has"] = "have", ["had"] = "have", ["does"] = "do", ["did"] = "do", ["done"] = "do", ["said"] = "say",
        ["told"] = "tell", ["met"] = "meet", ["made"] = "make", ["took"] = "take", ["taken"] = "take", ["gave"] = "give",
        ["given"] = "give", ["held"] = "hold", ["sold"] = "sell", ["led"] = "lead", ["went"] = "go", ["gone"] = "go",
        ["came"] = "come", ["saw"] = "see", ["seen"] = "see", ["found"] = "find", ["began"] = "begin", ["begun"] = "begin",
        ["thought"] = "think", ["spoke"] = "speak", ["spoken"] = "speak", ["flew"] = "fly", ["flown"] = "fly",
        ["brought"] = "bring", ["bought"] = "buy", ["sought"] = "seek", ["won"] = "win", ["lost"] = "lose", ["sent"] = "send",
        ["built"] = "build", ["paid"] = "pay", ["kept"] = "keep", ["left"] = "leave", ["felt"] = "feel", ["stood"] = "stand",
        ["wrote"] = "write", ["written"] = "write", ["drove"] = "drive", ["rose"] = "rise", ["fell"] = "fall", ["meant"] = "mean",
        ["ran"] = "run", ["struck"] = "strike", ["signed"] = "sign", ["forgave"] = "forgive", ["forgiven"] = "forgive",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>A shared lemmatizer.</summary>
    public static Lemmatizer Default { get; } = new();

    /// <summary>The lemma of <paramref name="word"/>.</summary>
    /// <param name="word">The word as written.</param>
    /// <param name="upos">Its universal POS tag.</param>
    /// <param name="xpos">Its Penn Treebank tag.</param>
    /// <returns>The lemma, lower-cased unless the word is a proper noun.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public string Lemmatize(string word, string upos, string xpos)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(upos);
        ArgumentNullException.ThrowIfNull(xpos);
        if (upos == "PROPN")
        {
            return word;
        }

        var lower = word.ToLowerInvariant().Replace('\u2019', '\'');
        if (upos is "VERB" or "AUX" && s_irregular.TryGetValue(lower, out var lemma))
        {
            return lemma;
        }

        if (upos is "VERB" or "AUX")
        {
            return StripVerb(lower);
        }

        if (upos == "NOUN" && xpos == "NNS")
        {
            return StripPlural(lower);
        }

        return lower;
    }

    private static string StripVerb(string w)
    {
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            return w[..^3] + "y";
        }

        if (w.EndsWith("ied", StringComparison.Ordinal) && w.Length > 4)
        {
            return w[..^3] + "y";
        }

        foreach (var suffix in (ReadOnlySpan<string>)["ing", "ed"])
        {
            if (w.EndsWith(suffix, StringComparison.Ordinal) && w.Length > suffix.Length + 2)
            {
                var stem = w[..^suffix.Length];
                if (stem.Length > 2 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z' or 'f'))
                {
                    return stem[..^1];
                }

                return NeedsFinalE(stem) ? stem + "e" : stem;
            }
        }

        if (w.EndsWith("es", StringComparison.Ordinal) && w.Length > 3 && (w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal)))
        {
            return w[..^2];
        }

        return w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && w.Length > 2 ? w[..^1] : w;
    }

    // "declared" → "declare", "visited" → "visit": a consonant-vowel-consonant tail that English spells with a final e.
    private static bool NeedsFinalE(string stem)
    {
        if (stem.Length < 3)
        {
            return false;
        }

        var c = stem[^1];
        var v = stem[^2];
        return stem.EndsWith("at", StringComparison.Ordinal) && stem.Length > 4 || stem.EndsWith("iz", StringComparison.Ordinal)
            || stem.EndsWith("ur", StringComparison.Ordinal) || c is 'v' or 'c' or 'g' && v != c
            || stem.EndsWith("as", StringComparison.Ordinal) || stem.EndsWith("os", StringComparison.Ordinal) || stem.EndsWith("ir", StringComparison.Ordinal) && stem.Length > 4;
    }

    private static string StripPlural(string w)
    {
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            return w[..^3] + "y";
        }

        if (w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal))
        {
            return w[..^2];
        }

        return w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w;
    }
}
