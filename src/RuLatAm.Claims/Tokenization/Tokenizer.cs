using System.Buffers;
using System.Collections.Frozen;

namespace RuLatAm.Claims.Tokenization;

/// <summary>Splits news and web text into Universal Dependencies-style tokens with offsets into the input.</summary>
/// <remarks>
/// Clitics are split ("Russia's" gives "Russia" "'s", "don't" gives "do" "n't"); abbreviations ("U.S."), decimals,
/// hyphenated words, URLs and e-mail addresses stay whole; a full stop glued to the next sentence
/// ("partners.Sergei") is split off. Thread-safe and allocation-light: one list per call.
/// </remarks>
public sealed class Tokenizer
{
    private static readonly SearchValues<char> s_apostrophes = SearchValues.Create("'\u2019");
    private static readonly SearchValues<char> s_wordJoiners = SearchValues.Create("-\u2011&@_");

    // Words whose trailing full stop belongs to them when a lower-case word or a name follows.
    private static readonly FrozenSet<string> s_abbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "gov", "sen", "rep",
        "st", "jr", "sr", "vs", "etc", "inc", "ltd", "co", "corp", "no", "nos", "vol", "fig", "approx", "dept",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "est", "ed", "eds",
        "pres", "amb", "mt", "ft", "pp", "cf", "al", "e.g", "i.e", "a.m", "p.m", "u.s", "u.n", "u.k", "e.u",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly string[] s_clitics = ["n't", "n\u2019t", "'s", "\u2019s", "'re", "\u2019re", "'ve", "\u2019ve", "'ll", "\u2019ll", "'d", "\u2019d", "'m", "\u2019m"];

    /// <summary>A shared tokenizer.</summary>
    public static Tokenizer Default { get; } = new();

    /// <summary>Tokenizes the whole of <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Tokens in text order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Tokenize(text, new TextSpan(0, text.Length));
    }

    /// <summary>Tokenizes one region of <paramref name="text"/>; offsets stay those of the whole text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="region">The part of the text to tokenize.</param>
    /// <returns>Tokens in text order.</returns>
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
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '\u200B' || c == '\uFEFF')
            {
                i++;
                continue;
            }

            var end = ScanChunk(text, i, region.End);
            SplitChunk(text, i, end, tokens);
            i = end;
        }

        return tokens;
    }

    // A chunk is a maximal run of non-space characters.
    private static int ScanChunk(string text, int start, int limit)
    {
        var i = start;
        while (i < limit && !char.IsWhiteSpace(text[i]) && text[i] != '\u200B')
        {
            i++;
        }

        return i;
    }

    private static void SplitChunk(string text, int start, int end, List<Token> tokens)
    {
        if (WebAddress.Length(text, start, end) is var web and > 0)
        {
            var webEnd = start + web;
            tokens.Add(new Token(start, webEnd));
            if (webEnd < end)
            {
                SplitChunk(text, webEnd, end, tokens);
            }

            return;
        }

        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i = ReadWord(text, i, end, tokens);
            }
            else if (c == '.' && i + 2 < end && text[i + 1] == '.' && text[i + 2] == '.')
            {
                var j = i;
                while (j < end && text[j] == '.')
                {
                    j++;
                }

                tokens.Add(new Token(i, j));
                i = j;
            }
            else if (c == '-' && i + 1 < end && text[i + 1] == '-')
            {
                var j = i;
                while (j < end && text[j] == '-')
                {
                    j++;
                }

                tokens.Add(new Token(i, j));
                i = j;
            }
            else if (s_apostrophes.Contains(c) && CliticLength(text, i, end) is var clitic and > 0)
            {
                tokens.Add(new Token(i, i + clitic));
                i += clitic;
            }
            else
            {
                // A surrogate pair is one symbol.
                var width = char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                tokens.Add(new Token(i, i + width));
                i += width;
            }
        }
    }

    private static int ReadWord(string text, int start, int end, List<Token> tokens)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.SpacingCombiningMark)
            {
                i++;
                continue;
            }

            var hasNext = i + 1 < end && char.IsLetterOrDigit(text[i + 1]);
            if (s_wordJoiners.Contains(c) && hasNext && i > start)
            {
                i++;
                continue;
            }

            // Decimal and thousands separators: 9.4, 35,200.
            if ((c == '.' || c == ',') && hasNext && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]))
            {
                i++;
                continue;
            }

            if (c == '.' && IsAbbreviationDot(text, start, i, end))
            {
                i++;
                continue;
            }

            if (s_apostrophes.Contains(c))
            {
                // "n't" takes the n from the word before it: "don't" is "do" "n't".
                if (i > start + 1 && (text[i - 1] == 'n' || text[i - 1] == 'N') && i + 1 < end && (text[i + 1] == 't' || text[i + 1] == 'T')
                    && (i + 2 >= end || !char.IsLetter(text[i + 2])))
                {
                    tokens.Add(new Token(start, i - 1));
                    return i - 1;
                }

                if (CliticLength(text, i, end) > 0)
                {
                    break;
                }

                // O'Brien, rock'n'roll: an apostrophe inside a word.
                if (hasNext)
                {
                    i++;
                    continue;
                }
            }

            break;
        }

        tokens.Add(new Token(start, i));
        return i;
    }

    // A full stop stays in the word for initials and dotted abbreviations (J., U.S., e.g.) and for known
    // abbreviations (Mr., Gen.) followed by a space; a stop glued to a following word ends the word instead.
    private static bool IsAbbreviationDot(string text, int start, int dot, int end)
    {
        var word = text.AsSpan(start, dot - start);
        var next = dot + 1 < end ? text[dot + 1] : '\0';
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        if (word.Length <= 2 && char.IsLetter(next) && dot + 2 < end && text[dot + 2] == '.' && !HasLowerThenUpper(word))
        {
            return true;
        }

        if (word.Contains('.') && word.Length <= 6)
        {
            return !char.IsLetterOrDigit(next);
        }

        return !char.IsLetterOrDigit(next) && s_abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static bool HasLowerThenUpper(ReadOnlySpan<char> word)
    {
        for (var k = 1; k < word.Length; k++)
        {
            if (char.IsLower(word[k - 1]) && char.IsUpper(word[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static int CliticLength(string text, int i, int end)
    {
        foreach (var clitic in s_clitics)
        {
            if (clitic[0] == 'n')
            {
                continue;
            }

            var after = i + clitic.Length;
            if (after <= end && string.CompareOrdinal(text, i, clitic, 0, clitic.Length) == 0 && (after == end || !char.IsLetter(text[after])))
            {
                if (i > 0 && char.IsLetterOrDigit(text[i - 1]))
                {
                    return clitic.Length;
                }
            }
        }

        return 0;
    }
}
