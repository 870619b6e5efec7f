using System.Collections.Frozen;

namespace RuLatAm.Claims.Tokenization;

/// <summary>
/// Decides whether a hyphen stays inside a word. UD English splits hyphenated compounds ("87-year-old" is
/// "87" "-" "year" "-" "old") but keeps words built on a bound prefix ("e-mail", "anti-American", "mid-1990s")
/// and phone-like numbers ("713-853-3989") whole.
/// </summary>
internal static class Hyphens
{
    // Phone numbers have at most five groups; the bound keeps long chains ("1-1-1-...") linear.
    private const int MaxGroups = 5;

    private static readonly FrozenSet<string> s_prefixes = new[]
    {
        "e", "non", "pre", "post", "anti", "pro", "mid", "re", "co", "ex", "over", "multi", "sub", "semi", "cross",
        "neo", "psycho", "socio", "arch", "counter", "intra", "inter", "micro", "mis", "un", "ultra", "pseudo", "quasi",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a hyphen-like character joins words.</summary>
    public static bool IsHyphen(char c) => c is '-' or '\u2011';

    /// <summary>Whether the hyphen at <paramref name="hyphen"/> stays inside the word.</summary>
    /// <param name="text">The text.</param>
    /// <param name="wordStart">Where the word starts.</param>
    /// <param name="pieceStart">Where the part just before the hyphen starts.</param>
    /// <param name="hyphen">The hyphen's offset; a letter or digit follows it.</param>
    /// <param name="end">The end of the run of non-space characters.</param>
    public static bool Joins(string text, int wordStart, int pieceStart, int hyphen, int end)
    {
        var piece = text.AsSpan(pieceStart, hyphen - pieceStart);
        if (pieceStart == wordStart && IsPrefix(piece))
        {
            return true;
        }

        return IsNumberGroup(text.AsSpan(wordStart, hyphen - wordStart)) && IsPhoneLike(text, wordStart, end);
    }

    // A prefix is written in lower case or capitalised at the start of a sentence; "UN-backed" is no prefix.
    private static bool IsPrefix(ReadOnlySpan<char> piece)
    {
        if (piece.IsEmpty || piece.Length > 7)
        {
            return false;
        }

        Span<char> lower = stackalloc char[piece.Length];
        for (var k = 0; k < piece.Length; k++)
        {
            if (k > 0 && !char.IsLower(piece[k]))
            {
                return false;
            }

            lower[k] = char.ToLowerInvariant(piece[k]);
        }

        return s_prefixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
    }

    private static bool IsNumberGroup(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c) && !IsHyphen(c))
            {
                return false;
            }
        }

        return true;
    }

    // Three or more digit groups (1-800-555-0100), or two long ones that are not a range of years (555-0100).
    private static bool IsPhoneLike(string text, int start, int end)
    {
        Span<int> lengths = stackalloc int[2];
        var groups = 0;
        var i = start;
        while (i < end)
        {
            var groupStart = i;
            while (i < end && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i == groupStart)
            {
                return false;
            }

            if (groups < 2)
            {
                lengths[groups] = i - groupStart;
            }

            groups++;
            if (groups > MaxGroups)
            {
                return false;
            }

            if (i + 1 < end && IsHyphen(text[i]) && char.IsAsciiDigit(text[i + 1]))
            {
                i++;
                continue;
            }

            break;
        }

        if (i < end && char.IsLetter(text[i]))
        {
            return false;
        }

        return groups >= 3 || (groups == 2 && lengths[0] >= 3 && lengths[1] >= 3 && !(lengths[0] == 4 && lengths[1] == 4));
    }
}
