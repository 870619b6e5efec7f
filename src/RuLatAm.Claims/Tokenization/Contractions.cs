namespace RuLatAm.Claims.Tokenization;

/// <summary>
/// English clitics that UD splits from their host word ("Russia's" is "Russia" "'s", "don't" is "do" "n't",
/// "cannot" is "can" "not"), while the host and clitic together stay one orthographic token.
/// </summary>
internal static class Contractions
{
    // Apostrophe clitics without the apostrophe; the apostrophe may be straight or curly.
    private static readonly string[] s_apostropheClitics = ["s", "m", "d", "re", "ve", "ll"];

    /// <summary>Whether <paramref name="c"/> is an apostrophe a clitic can start with.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>
    /// The length of the apostrophe clitic ('s, 're, 'll ...) at <paramref name="start"/> when it ends a word,
    /// or 0. "n't" is not found here: it takes the n of the host word (see <see cref="NegationStart"/>).
    /// </summary>
    public static int ApostropheCliticLength(string text, int start, int end)
    {
        if (start + 1 >= end || !IsApostrophe(text[start]))
        {
            return 0;
        }

        foreach (var clitic in s_apostropheClitics)
        {
            var after = start + 1 + clitic.Length;
            if (after <= end
                && text.AsSpan(start + 1, clitic.Length).Equals(clitic, StringComparison.OrdinalIgnoreCase)
                && (after == end || !char.IsLetterOrDigit(text[after])))
            {
                return clitic.Length + 1;
            }
        }

        return 0;
    }

    /// <summary>
    /// Where "n't" starts when the word running from <paramref name="start"/> to <paramref name="apostrophe"/>
    /// ends in "n" followed by "'t" and a non-letter ("don't", "can't"), or -1.
    /// </summary>
    public static int NegationStart(string text, int start, int apostrophe, int end)
    {
        if (apostrophe - start < 2 || apostrophe + 1 >= end || !IsApostrophe(text[apostrophe])
            || (text[apostrophe - 1] | 0x20) != 'n' || (text[apostrophe + 1] | 0x20) != 't')
        {
            return -1;
        }

        return apostrophe + 2 == end || !char.IsLetterOrDigit(text[apostrophe + 2]) ? apostrophe - 1 : -1;
    }

    /// <summary>Where the second word of a fused form ("cannot", "gonna", "wanna", "gotta") starts, or -1.</summary>
    public static int FusedSplit(ReadOnlySpan<char> word) =>
        word.Equals("cannot", StringComparison.OrdinalIgnoreCase) ? 3
        : word.Equals("gonna", StringComparison.OrdinalIgnoreCase)
            || word.Equals("wanna", StringComparison.OrdinalIgnoreCase)
            || word.Equals("gotta", StringComparison.OrdinalIgnoreCase) ? 3
        : -1;

    /// <summary>
    /// Whether <paramref name="word"/>, written right after <paramref name="host"/> with no space between them, is a
    /// clitic that forms one orthographic token with it (written as a multi-word token in CoNLL-U).
    /// </summary>
    public static bool IsBoundTo(ReadOnlySpan<char> host, ReadOnlySpan<char> word)
    {
        if (host.IsEmpty || !char.IsLetterOrDigit(host[^1]))
        {
            return false;
        }

        if (word.Length >= 2 && IsApostrophe(word[0]) && IsApostropheClitic(word[1..]))
        {
            return true;
        }

        if (word.Length == 3 && (word[0] | 0x20) == 'n' && IsApostrophe(word[1]) && (word[2] | 0x20) == 't')
        {
            return true;
        }

        return (word.Equals("not", StringComparison.OrdinalIgnoreCase) && host.Equals("can", StringComparison.OrdinalIgnoreCase))
            || (word.Equals("na", StringComparison.OrdinalIgnoreCase)
                && (host.Equals("gon", StringComparison.OrdinalIgnoreCase) || host.Equals("wan", StringComparison.OrdinalIgnoreCase)))
            || (word.Equals("ta", StringComparison.OrdinalIgnoreCase) && host.Equals("got", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsApostropheClitic(ReadOnlySpan<char> rest)
    {
        foreach (var clitic in s_apostropheClitics)
        {
            if (rest.Equals(clitic, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
