using System.Text.RegularExpressions;

namespace RuLatAm.Claims.Tokenization;

/// <summary>Recognises URLs and e-mail addresses, which are single tokens.</summary>
internal static partial class WebAddress
{
    /// <summary>The length of the URL or e-mail address starting at <paramref name="start"/>, or 0.</summary>
    public static int Length(string text, int start, int end)
    {
        var c = text[start];
        if (!char.IsAsciiLetterOrDigit(c))
        {
            return 0;
        }

        var chunk = text.AsSpan(start, end - start);
        if (chunk.IndexOf('@') < 0 && chunk.IndexOf("://", StringComparison.Ordinal) < 0 && !chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        var match = Pattern().Match(text, start, end - start);
        if (!match.Success || match.Index != start)
        {
            return 0;
        }

        // Trailing sentence punctuation is not part of the address.
        var length = match.Length;
        while (length > 0 && ".,;:!?)]}'\"".Contains(text[start + length - 1], StringComparison.Ordinal))
        {
            length--;
        }

        return length;
    }

    [GeneratedRegex(@"\G(?:(?:https?|ftp)://[^\s<>""]+|www\.[^\s<>""]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 250)]
    private static partial Regex Pattern();
}
