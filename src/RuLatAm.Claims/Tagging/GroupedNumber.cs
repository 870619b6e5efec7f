namespace RuLatAm.Claims.Tagging;

/// <summary>Numbers written with thousands separators ("12,500"), which the treebank lemmatizes without them.</summary>
internal static class GroupedNumber
{
    /// <summary>Whether <paramref name="word"/> is digits with commas between groups of three ("1,100",
    /// "2,500.75"); "1,2" is not, as it may be a list or a decimal comma.</summary>
    public static bool Is(string word)
    {
        var comma = word.IndexOf(',', StringComparison.Ordinal);
        if (comma < 1 || comma > 3 || !IsDigits(word.AsSpan(0, comma)))
        {
            return false;
        }

        var run = 0;
        for (var i = comma + 1; i <= word.Length; i++)
        {
            if (i < word.Length && char.IsAsciiDigit(word[i]))
            {
                run++;
                continue;
            }

            if (run != 3)
            {
                return false;
            }

            if (i == word.Length || word[i] == '.')
            {
                return i == word.Length || IsDigits(word.AsSpan(i + 1));
            }

            if (word[i] != ',')
            {
                return false;
            }

            run = 0;
        }

        return false;
    }

    /// <summary>The number with its commas removed ("12,500" gives "12500").</summary>
    public static string WithoutSeparators(string word) =>
        string.Create(word.Length - word.AsSpan().Count(','), word, static (span, source) =>
        {
            var j = 0;
            foreach (var c in source)
            {
                if (c != ',')
                {
                    span[j++] = c;
                }
            }
        });

    private static bool IsDigits(ReadOnlySpan<char> text) => text.Length > 0 && !text.ContainsAnyExceptInRange('0', '9');
}
