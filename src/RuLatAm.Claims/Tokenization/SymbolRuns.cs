namespace RuLatAm.Claims.Tokenization;

/// <summary>Runs of punctuation that form one token: "...", "?!", "--", "====", and emoticons such as ":-)".</summary>
internal static class SymbolRuns
{
    private static readonly string[] s_emoticons =
    [
        ":-)", ":-(", ";-)", ":-D", ":-P", ":-p", ":'(", ":)", ":(", ";)", ":D", ":P", ":p", ":o", ":O", ":/", ":|",
        ":]", ":[", "=)", "=(", "<3", "^_^", "^^",
    ];

    /// <summary>The length of the run or emoticon starting at <paramref name="start"/>, or 0 for a lone character.</summary>
    public static int Length(string text, int start, int end)
    {
        var c = text[start];
        if (c is ':' or ';' or '=' or '<' or '^')
        {
            foreach (var emoticon in s_emoticons)
            {
                var after = start + emoticon.Length;
                if (after <= end && string.CompareOrdinal(text, start, emoticon, 0, emoticon.Length) == 0
                    && (after == end || !char.IsLetterOrDigit(text[after])))
                {
                    return emoticon.Length;
                }
            }
        }

        var i = start + 1;
        if (IsTerminal(c))
        {
            // Sentence punctuation in any mix: "..", "!!!", "?!", "!.".
            while (i < end && IsTerminal(text[i]))
            {
                i++;
            }
        }
        else if (IsRule(c))
        {
            // Rules and separators: "--", "====", "----==", "<<", ">>", "***".
            while (i < end && IsRule(text[i]))
            {
                i++;
            }
        }
        else if (char.IsPunctuation(c) || char.IsSymbol(c))
        {
            // A repeated symbol: "$$$", "''", "!!".
            while (i < end && text[i] == c && !IsBracket(c))
            {
                i++;
            }
        }

        return i - start > 1 ? i - start : 0;
    }

    private static bool IsTerminal(char c) => c is '.' or '!' or '?';

    private static bool IsRule(char c) => c is '-' or '=' or '*' or '_' or '~' or '<' or '>' or '+' or '#';

    private static bool IsBracket(char c) => c is '(' or ')' or '[' or ']' or '{' or '}';
}
