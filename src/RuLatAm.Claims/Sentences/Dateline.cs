using RuLatAm.Claims.Tokenization;

namespace RuLatAm.Claims.Sentences;

/// <summary>
/// Recognises a news dateline at the start of a sentence ("CARACAS (Reuters) -", "LIMA, Peru —"), which UD treats
/// as a sentence of its own.
/// </summary>
internal static class Dateline
{
    private const int MaxTokens = 8;

    /// <summary>Whether the tokens from <paramref name="first"/> up to the dash at <paramref name="dash"/> are a dateline.</summary>
    public static bool EndsAt(string text, IReadOnlyList<Token> tokens, int first, int dash)
    {
        // The place opens the dateline in capitals; two letters or fewer are more often initials ("PS -").
        var place = tokens[first].Of(text);
        if (dash == first || dash - first > MaxTokens || !IsDash(tokens[dash].Of(text)) || place.Length < 3 || !IsCapitalWord(place, allCaps: true))
        {
            return false;
        }

        var inBrackets = false;
        for (var k = first + 1; k < dash; k++)
        {
            var form = tokens[k].Of(text);
            if (form is "(")
            {
                inBrackets = true;
            }
            else if (form is ")")
            {
                inBrackets = false;
            }
            else if (!(form is "," || IsCapitalWord(form, allCaps: !inBrackets && k > first + 1 && tokens[k - 1].Of(text) is not ",")))
            {
                return false;
            }
        }

        return !inBrackets;
    }

    private static bool IsDash(ReadOnlySpan<char> form) => form is "-" or "--" or "\u2013" or "\u2014";

    private static bool IsCapitalWord(ReadOnlySpan<char> form, bool allCaps)
    {
        if (form.IsEmpty || !char.IsUpper(form[0]))
        {
            return false;
        }

        foreach (var c in form)
        {
            if (!char.IsLetter(c) && c != '.' || (allCaps && char.IsLower(c)))
            {
                return false;
            }
        }

        return true;
    }
}
