using RuLatAm.Claims.Tokenization;

namespace RuLatAm.Claims.Sentences;

/// <summary>Classifies punctuation tokens for sentence splitting.</summary>
internal static class Punctuation
{
    /// <summary>Whether the token ends a sentence: ".", "!", "?", "…", or a run of them ("?!", "...").</summary>
    public static bool IsTerminal(ReadOnlySpan<char> form)
    {
        if (form.IsEmpty)
        {
            return false;
        }

        foreach (var c in form)
        {
            if (c is not ('.' or '!' or '?' or '\u2026' or '\u203C' or '\u2047' or '\u2048' or '\u2049' or '\u3002' or '\uFF01' or '\uFF1F'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the token closes a quotation or a bracket.</summary>
    public static bool IsClosing(string text, Token token)
    {
        if (token.Length != 1)
        {
            return token.Length == 2 && text[token.Start] == '\'' && text[token.Start + 1] == '\'';
        }

        return text[token.Start] switch
        {
            '\u201D' or '\u00BB' or '\u203A' or ')' or ']' or '}' => true,

            // Straight quotes and the right single quote close when glued to what precedes them and not to a word
            // after them; glued on both sides ("it.\"Then"), they close when sentence punctuation precedes them.
            '"' or '\'' or '\u2019' => token.Start > 0 && !char.IsWhiteSpace(text[token.Start - 1])
                && (token.End == text.Length || !char.IsLetterOrDigit(text[token.End]) || text[token.Start - 1] is '.' or '!' or '?' or ','),
            _ => false,
        };
    }

    /// <summary>Whether the token is an ellipsis: "…" or two or more full stops.</summary>
    public static bool IsEllipsis(ReadOnlySpan<char> form) =>
        form is "\u2026" || (form.Length > 1 && form.Trim('.').IsEmpty);

    /// <summary>Whether the token is an emoticon such as ":)" or ":-(", which often ends a sentence in web text.</summary>
    public static bool IsEmoticon(ReadOnlySpan<char> form) =>
        form.Length is 2 or 3 && form[0] is ':' or ';' or '=' && form[^1] is ')' or '(' or 'D' or 'P' or 'p';
}
