using System.Collections.Frozen;

namespace RuLatAm.Claims.Dates;

/// <summary>Splits text into the words, numbers and punctuation marks the date grammar reads.</summary>
/// <remarks>Writes into a caller's buffer so that scanning a sentence allocates nothing.</remarks>
internal static class DateTokenizer
{
    // The vocabulary is the enum itself: each member's name, any case, is its word.
    private static readonly FrozenDictionary<string, DateWord>.AlternateLookup<ReadOnlySpan<char>> s_words = Enum.GetValues<DateWord>()
        .Where(word => word != DateWord.None)
        .ToFrozenDictionary(word => word.ToString(), StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Tokenises <paramref name="text"/> into <paramref name="tokens"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="tokens">The buffer; at least as long as <paramref name="text"/>, since no token is empty.</param>
    /// <param name="anyCase">
    /// Whether month and weekday names count in any case. Running text needs them capitalised ("may" is a modal, "march"
    /// a verb); a phrase already known to be a date does not.
    /// </param>
    /// <returns>The number of tokens written.</returns>
    public static int Tokenize(ReadOnlySpan<char> text, Span<DateToken> tokens, bool anyCase = false)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            var space = false;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                space = true;
                i++;
            }

            if (i == text.Length)
            {
                break;
            }

            // The first token has nothing before it, which counts as a space.
            space |= count == 0;
            var start = i;
            if (char.IsAsciiDigit(text[i]))
            {
                tokens[count++] = ReadNumber(text, ref i, space);
            }
            else if (char.IsLetter(text[i]))
            {
                tokens[count++] = ReadWord(text, ref i, space, anyCase);
            }
            else
            {
                i++;
                tokens[count++] = new DateToken(start, i, i, DateTokenKind.Punctuation, space, 0, DateTokenFlags.None);
            }
        }

        return count;
    }

    private static DateToken ReadNumber(ReadOnlySpan<char> text, ref int i, bool space)
    {
        var start = i;
        var value = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            // Capped: only small numbers mean anything to the grammar, and the cap keeps the sum from overflowing.
            value = value >= 100_000 ? value : (value * 10) + (text[i] - '0');
            i++;
        }

        var digitsEnd = i;
        var letters = i;
        while (letters < text.Length && char.IsLetter(text[letters]))
        {
            letters++;
        }

        var suffix = text[i..letters];
        var flags = DateTokenFlags.None;
        if (suffix.Equals("s", StringComparison.Ordinal))
        {
            flags = DateTokenFlags.Decade;
        }
        else if (suffix is "st" or "nd" or "rd" or "th")
        {
            flags = DateTokenFlags.Ordinal;
        }
        else if (!suffix.IsEmpty)
        {
            // "20km", "3G": a word with digits in it, not a number the grammar can use.
            i = letters;
            return new DateToken(start, i, i, DateTokenKind.Word, space, 0, DateTokenFlags.None);
        }

        i = letters;
        return new DateToken(start, i, digitsEnd, DateTokenKind.Number, space, value, flags);
    }

    private static DateToken ReadWord(ReadOnlySpan<char> text, ref int i, bool space, bool anyCase)
    {
        var start = i;
        while (i < text.Length && (char.IsLetter(text[i]) || char.IsAsciiDigit(text[i])))
        {
            i++;
        }

        var stemEnd = i;
        var word = text[start..i];
        if (i + 1 < text.Length && text[i] is '\'' or '’' && text[i + 1] is 's' or 'S' && (i + 2 == text.Length || !char.IsLetter(text[i + 2])))
        {
            i += 2;
        }

        var flags = char.IsUpper(word[0]) ? DateTokenFlags.Capitalised : DateTokenFlags.None;
        var known = s_words.TryGetValue(word, out var id) ? id : DateWord.None;
        var value = 0;
        if (known is >= DateWord.January and <= DateWord.Sept && (anyCase || IsTitleCase(word)))
        {
            (flags, value) = known switch
            {
                // A possessive month ("by May's cabinet") is the politician, not the month.
                <= DateWord.December => (flags | (stemEnd == i ? DateTokenFlags.Month : DateTokenFlags.None), known - DateWord.January + 1),
                <= DateWord.Sunday => (flags | DateTokenFlags.Weekday, known - DateWord.Monday + 1),
                DateWord.Sept => (flags | DateTokenFlags.MonthAbbreviation, 9),
                >= DateWord.Jun => (flags | DateTokenFlags.MonthAbbreviation, known - DateWord.Jan + 2),
                _ => (flags | DateTokenFlags.MonthAbbreviation, known - DateWord.Jan + 1),
            };
        }

        return new DateToken(start, i, stemEnd, DateTokenKind.Word, space, value, flags, known);
    }

    // "May", not "may" or "MAY": in running text only the capitalised form is the month.
    private static bool IsTitleCase(ReadOnlySpan<char> word)
    {
        foreach (var c in word[1..])
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return char.IsUpper(word[0]);
    }
}
