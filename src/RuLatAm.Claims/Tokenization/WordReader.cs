using System.Globalization;

namespace RuLatAm.Claims.Tokenization;

/// <summary>Reads one word (and the clitics glued to it) from a run of non-space characters.</summary>
internal static class WordReader
{
    /// <summary>Adds the tokens of the word starting at <paramref name="start"/> and returns where it stopped.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where the word starts: a letter or digit.</param>
    /// <param name="end">The end of the run of non-space characters.</param>
    /// <param name="limit">The end of the region, for looking past the run.</param>
    /// <param name="tokens">Receives the tokens.</param>
    public static int Read(string text, int start, int end, int limit, List<Token> tokens)
    {
        var i = start;
        var piece = start;
        while (true)
        {
            while (i < end && IsWordChar(text[i]))
            {
                i++;
            }

            if (i >= end)
            {
                break;
            }

            var c = text[i];
            var nextIsWord = i + 1 < end && char.IsLetterOrDigit(text[i + 1]);
            if (Hyphens.IsHyphen(c) && nextIsWord && Hyphens.Joins(text, start, piece, i, end))
            {
                piece = ++i;
                continue;
            }

            if (c == '.' && nextIsWord && (IsBetweenDigits(text, i) || IsDottedLetter(text, piece, i, end)))
            {
                piece = ++i;
                continue;
            }

            if ((c == ',' && IsThousandsSeparator(text, start, i, end)) || (c == ':' && IsClockSeparator(text, start, i, end))
                || (c == '/' && IsDateSeparator(text, start, i, end)) || ((c == '&' || c == '_') && nextIsWord))
            {
                i++;
                continue;
            }

            if (Contractions.IsApostrophe(c))
            {
                var negation = Contractions.NegationStart(text, start, i, end);
                if (negation > start)
                {
                    AddWord(text, start, negation, tokens);
                    tokens.Add(new Token(negation, i + 2));
                    return i + 2;
                }

                var clitic = Contractions.ApostropheCliticLength(text, i, end);
                if (clitic > 0)
                {
                    AddWord(text, start, i, tokens);
                    tokens.Add(new Token(i, i + clitic));
                    return i + clitic;
                }

                if (nextIsWord && char.IsLetter(text[i - 1]))
                {
                    // An apostrophe inside a name: O'Brien, d'Ivoire.
                    i++;
                    continue;
                }
            }

            if (c == '$' && IsCurrencyPrefix(text.AsSpan(start, i - start)))
            {
                // US$, R$: the currency sign belongs to the country code.
                i++;
            }

            break;
        }

        if (i < end && text[i] == '.' && i > start && char.IsLetter(text[i - 1]) && Abbreviations.TakesStop(text, start, i, limit))
        {
            i++;
        }

        AddWord(text, start, i, tokens);
        return i;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || c == '\u00AD'
        || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsBetweenDigits(string text, int i) => char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);

    // U.S, e.g, a.k.a: one letter, a stop, and another single letter followed by a stop or the end of the word.
    private static bool IsDottedLetter(string text, int piece, int stop, int end) =>
        stop - piece == 1 && char.IsLetter(text[piece]) && char.IsLetter(text[stop + 1])
        && (stop + 2 >= end || text[stop + 2] == '.' || !char.IsLetterOrDigit(text[stop + 2]));

    // 35,200 and 1,000,000: a comma after digits followed by exactly three digits.
    private static bool IsThousandsSeparator(string text, int start, int comma, int end) =>
        char.IsDigit(text[comma - 1]) && comma + 3 < end
        && char.IsDigit(text[comma + 1]) && char.IsDigit(text[comma + 2]) && char.IsDigit(text[comma + 3])
        && (comma + 4 >= end || !char.IsDigit(text[comma + 4])) && IsNumber(text.AsSpan(start, comma - start));

    // 5:30, 12:05:59.
    private static bool IsClockSeparator(string text, int start, int colon, int end) =>
        colon - start is 1 or 2 or 5 && IsNumber(text.AsSpan(start, colon - start), allowColon: true)
        && colon + 2 < end && char.IsDigit(text[colon + 1]) && char.IsDigit(text[colon + 2])
        && (colon + 3 >= end || !char.IsDigit(text[colon + 3]));

    // 3/8/2001 and 9/11 are one token; fractions (1/2) and ratios (20/20) are split.
    private static bool IsDateSeparator(string text, int start, int slash, int end)
    {
        if (!char.IsAsciiDigit(text[slash - 1]) || slash + 1 >= end || !char.IsAsciiDigit(text[slash + 1]))
        {
            return false;
        }

        if (text.AsSpan(start, slash - start).Contains('/'))
        {
            // The first slash already made this a date: 3/8 + /2001.
            return true;
        }

        // A date has at most ten characters; looking no further keeps long runs ("1/1/1/...") linear.
        var stop = slash + 1;
        var bound = Math.Min(end, slash + 12);
        while (stop < bound && (char.IsAsciiDigit(text[stop]) || text[stop] == '/'))
        {
            stop++;
        }

        var parts = text.AsSpan(start, stop - start);
        if (!IsNumber(parts[..(slash - start)]) || parts[^1] == '/' || slash - start > 4)
        {
            return false;
        }

        var count = parts.Count('/') + 1;
        if (count == 3)
        {
            return true;
        }

        if (count != 2 || parts.Length > 5)
        {
            return false;
        }

        return int.TryParse(parts[..(slash - start)], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            && int.TryParse(parts[(slash - start + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var second)
            && first is >= 1 and <= 12 && second is >= 1 and <= 31 && (first >= 10 || second >= 10);
    }

    private static bool IsNumber(ReadOnlySpan<char> span, bool allowColon = false)
    {
        if (span.IsEmpty)
        {
            return false;
        }

        foreach (var c in span)
        {
            if (!char.IsDigit(c) && c != ',' && !(allowColon && c == ':'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCurrencyPrefix(ReadOnlySpan<char> word)
    {
        if (word.Length is < 1 or > 3)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    // Splits what UD writes as two words: "cannot" is "can" "not", "5pm" is "5" "pm", "35mm" is "35" "mm";
    // ordinals and decades ("20th", "1990s") stay whole.
    private static void AddWord(string text, int start, int end, List<Token> tokens)
    {
        if (end <= start)
        {
            return;
        }

        var word = text.AsSpan(start, end - start);
        if (GluedWordStarts(word) is { Count: > 0 } starts)
        {
            var from = start;
            foreach (var at in starts)
            {
                tokens.Add(new Token(from, start + at));
                from = start + at;
            }

            tokens.Add(new Token(from, end));
            return;
        }

        var split = Contractions.FusedSplit(word);
        if (split < 0)
        {
            split = UnitSplit(word);
        }

        if (split > 0)
        {
            tokens.Add(new Token(start, start + split));
            tokens.Add(new Token(start + split, end));
            return;
        }

        tokens.Add(new Token(start, end));
    }

    // Scraped menus glue their items into one run ("NewsWorldSport"): three or more capitalised words of at least
    // three letters each, with no space. Two ("McDonald", "YouTube") stay one word. Returns where each later word starts.
    private static List<int>? GluedWordStarts(ReadOnlySpan<char> word)
    {
        if (word.Length < 9 || !char.IsUpper(word[0]))
        {
            return null;
        }

        List<int>? starts = null;
        var segment = 0;
        for (var k = 1; k < word.Length; k++)
        {
            if (!char.IsLetter(word[k]))
            {
                return null;
            }

            if (char.IsUpper(word[k]))
            {
                if (k - segment < 3 || !char.IsLower(word[k - 1]))
                {
                    return null;
                }

                (starts ??= []).Add(k);
                segment = k;
            }
        }

        return starts is { Count: >= 2 } && word.Length - segment >= 3 ? starts : null;
    }

    private static int UnitSplit(ReadOnlySpan<char> word)
    {
        var k = 0;
        while (k < word.Length && (char.IsDigit(word[k]) || ((word[k] == '.' || word[k] == ',') && k > 0)))
        {
            k++;
        }

        if (k == 0 || k == word.Length || !char.IsDigit(word[k - 1]))
        {
            return -1;
        }

        var unit = word[k..];
        foreach (var c in unit)
        {
            if (!char.IsAsciiLetter(c))
            {
                return -1;
            }
        }

        var isOrdinalOrPlural = unit.Equals("st", StringComparison.OrdinalIgnoreCase) || unit.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || unit.Equals("rd", StringComparison.OrdinalIgnoreCase) || unit.Equals("th", StringComparison.OrdinalIgnoreCase)
            || unit.Equals("s", StringComparison.Ordinal);
        return isOrdinalOrPlural ? -1 : k;
    }
}
