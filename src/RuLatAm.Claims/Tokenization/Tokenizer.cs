namespace RuLatAm.Claims.Tokenization;

/// <summary>Splits news and web text into Universal Dependencies-style tokens with offsets into the input.</summary>
/// <remarks>
/// Tokens follow UD English (EWT): clitics are split ("Russia's" gives "Russia" "'s", "don't" gives "do" "n't"),
/// as are hyphenated compounds ("87-year-old" gives "87" "-" "year" "-" "old") except after a bound prefix
/// ("e-mail", "anti-American"), and currency signs ("$" "35.2"). Abbreviations ("U.S.", "Mr."), decimals, times,
/// dates, URLs, e-mail addresses and file names stay whole. A full stop glued to the next sentence
/// ("partners.Sergei") is split off, and the stop that ends a sentence is its own token even after an abbreviation.
/// Menu items a scraper glued into one run ("NewsWorldSport", three or more capitalised words) are split apart.
/// Thread-safe: the tokenizer holds no state.
/// </remarks>
public sealed class Tokenizer
{
    /// <summary>A shared tokenizer.</summary>
    public static Tokenizer Default { get; } = new();

    /// <summary>Tokenizes the whole of <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Tokens in text order, none empty and none overlapping.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Tokenize(text, new TextSpan(0, text.Length));
    }

    /// <summary>Tokenizes one region of <paramref name="text"/>; offsets stay those of the whole text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="region">The part of the text to tokenize.</param>
    /// <returns>Tokens in text order, none empty and none overlapping.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="region"/> lies outside the text.</exception>
    public IReadOnlyList<Token> Tokenize(string text, TextSpan region)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (region.Start < 0 || region.End > text.Length || region.Start > region.End)
        {
            throw new ArgumentOutOfRangeException(nameof(region), region, $"The region must lie within the text (0 to {text.Length}).");
        }

        var tokens = new List<Token>(region.Length / 5 + 4);
        var i = region.Start;
        while (i < region.End)
        {
            if (IsSpace(text[i]))
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < region.End && !IsSpace(text[end]))
            {
                end++;
            }

            SplitRun(text, i, end, region.End, tokens);
            i = end;
        }

        return tokens;
    }

    // Zero-width and control characters separate tokens like spaces: scraped text is full of them.
    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\u200C' or '\u2060' or '\uFEFF';

    // A run is a maximal stretch of non-space characters.
    private static void SplitRun(string text, int start, int end, int limit, List<Token> tokens)
    {
        // Every address holds a full stop, an at sign or a colon; most runs hold none and skip the search.
        var mayHoldAddress = text.AsSpan(start, end - start).IndexOfAny('.', '@', ':') >= 0;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            var startsWord = i == start || !char.IsLetterOrDigit(text[i - 1]);
            if (mayHoldAddress && startsWord && (char.IsLetterOrDigit(c) || c == '.') && WebAddress.Length(text, i, end) is var address and > 0)
            {
                tokens.Add(new Token(i, i + address));
                i += address;
            }
            else if (char.IsLetterOrDigit(c))
            {
                i = WordReader.Read(text, i, end, limit, tokens);
            }
            else if (c is '#' or '@' && i == start && i + 1 < end && char.IsLetter(text[i + 1]))
            {
                // A hashtag or a handle.
                var j = i + 1;
                while (j < end && (char.IsLetterOrDigit(text[j]) || text[j] == '_'))
                {
                    j++;
                }

                tokens.Add(new Token(i, j));
                i = j;
            }
            else if (SymbolRuns.Length(text, i, end) is var run and > 0)
            {
                tokens.Add(new Token(i, i + run));
                i += run;
            }
            else
            {
                var j = i + (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1);

                // Combining marks and variation selectors stay with the symbol they modify.
                while (j < end && IsModifier(text[j]))
                {
                    j++;
                }

                tokens.Add(new Token(i, j));
                i = j;
            }
        }
    }

    private static bool IsModifier(char c) =>
        c is '\uFE0F' or '\u200D' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.EnclosingMark;
}
