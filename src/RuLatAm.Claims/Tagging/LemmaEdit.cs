using System.Globalization;

namespace RuLatAm.Claims.Tagging;

/// <summary>Turns a word into its lemma: recase it, strip characters from its end, append a string.</summary>
/// <param name="Casing">How to case the word before editing it.</param>
/// <param name="Strip">How many characters to remove from the end.</param>
/// <param name="Append">What to add after that ("talks" → "talk" strips 1; "countries" → "country" strips 3, appends "y").</param>
internal readonly record struct LemmaEdit(LemmaCasing Casing, int Strip, string Append)
{
    private static readonly LemmaCasing[] s_casings = [LemmaCasing.Lower, LemmaCasing.Keep, LemmaCasing.CapitaliseFirst, LemmaCasing.Title];

    /// <summary>Whether the edit can apply to <paramref name="word"/> and leave a lemma that is not empty.</summary>
    public bool Fits(string word) => Strip < word.Length || (Strip == word.Length && Append.Length > 0);

    /// <summary>Applies the edit; returns <paramref name="word"/> itself when nothing changes.</summary>
    public string Apply(string word) =>
        Keeps(word) ? word : string.Create(LengthFor(word), (this, word), static (lemma, state) => state.Item1.Write(state.word, lemma));

    /// <summary>Whether the edit leaves <paramref name="word"/> as it is.</summary>
    public bool Keeps(string word) => Append.Length == 0 && Strip == 0 && IsCasedAlready(word);

    /// <summary>How long the edited <paramref name="word"/> is.</summary>
    public int LengthFor(string word) => word.Length - Strip + Append.Length;

    /// <summary>Writes the edited <paramref name="word"/> to <paramref name="lemma"/>, which holds <see cref="LengthFor"/> characters.</summary>
    public void Write(string word, Span<char> lemma)
    {
        var keep = word.Length - Strip;
        for (var i = 0; i < keep; i++)
        {
            lemma[i] = Case(word[i], i);
        }

        Append.AsSpan().CopyTo(lemma[keep..]);
    }

    /// <summary>The edit that turns <paramref name="word"/> into <paramref name="lemma"/> with the fewest changes.</summary>
    /// <remarks>Casings are tried in a fixed order and the first of the longest kept prefixes wins, so equal
    /// cases always get the same edit.</remarks>
    public static LemmaEdit Between(string word, string lemma)
    {
        var best = default(LemmaEdit);
        var bestPrefix = -1;
        foreach (var casing in s_casings)
        {
            var edit = new LemmaEdit(casing, 0, "");
            var prefix = 0;
            while (prefix < word.Length && prefix < lemma.Length && edit.Case(word[prefix], prefix) == lemma[prefix])
            {
                prefix++;
            }

            if (prefix > bestPrefix)
            {
                bestPrefix = prefix;
                best = new LemmaEdit(casing, word.Length - prefix, lemma[prefix..]);
            }
        }

        return best;
    }

    /// <summary>A stable text form for reports, e.g. "Lower-3+y".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Casing}-{Strip}+{Append}");

    private char Case(char c, int index) => Casing switch
    {
        LemmaCasing.Lower => char.ToLowerInvariant(c),
        LemmaCasing.CapitaliseFirst => index == 0 ? char.ToUpperInvariant(c) : c,
        LemmaCasing.Title => index == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c),
        _ => c,
    };

    private bool IsCasedAlready(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (Case(word[i], i) != word[i])
            {
                return false;
            }
        }

        return true;
    }
}
