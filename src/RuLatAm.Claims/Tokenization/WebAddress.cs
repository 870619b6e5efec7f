using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace RuLatAm.Claims.Tokenization;

/// <summary>Recognises URLs, e-mail addresses, host names and file names, which are single tokens.</summary>
internal static partial class WebAddress
{
    private const int MaxHostLength = 256;

    // Top-level domains a host name may end in. Two-letter ones are limited to those news about the region
    // meets, as a short list keeps glued sentences ("said.It") from reading as host names.
    private static readonly FrozenSet<string> s_domains = new[]
    {
        "com", "net", "org", "edu", "gov", "mil", "int", "info", "biz", "io", "ru", "su", "uk", "us", "br", "mx", "ar",
        "ve", "cu", "ni", "bo", "pe", "cl", "co", "ec", "uy", "py", "ca", "de", "fr", "es", "cn", "jp", "in", "au", "nz",
        "ch", "eu", "tv",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_fileExtensions = new[]
    {
        "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "txt", "rtf", "htm", "html", "php", "asp", "aspx", "jpg",
        "jpeg", "gif", "png", "zip", "exe", "csv", "xml", "json", "mp3", "mp4", "url",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The length of the address starting at <paramref name="start"/>, or 0.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where a word or a "." starts.</param>
    /// <param name="end">The end of the run of non-space characters.</param>
    public static int Length(string text, int start, int end)
    {
        var c = text[start];
        if (c == '.')
        {
            // A bare extension (".doc") names a file type.
            var label = ReadLabel(text, start + 1, end);
            return label > 0 && IsBoundary(text, start + 1 + label, end)
                && s_fileExtensions.Contains(text.Substring(start + 1, label)) ? label + 1 : 0;
        }

        if (!char.IsLetterOrDigit(c))
        {
            return 0;
        }

        // Host names and e-mail addresses are short; bounding the look-ahead keeps long runs such as
        // "a.a.a.a..." linear, as every word start in the run asks again.
        var bounded = Math.Min(end, start + MaxHostLength);
        var chunk = text.AsSpan(start, end - start);
        if (StartsUrl(chunk) || IsEmailAhead(text, start, bounded))
        {
            var match = UrlOrEmail().Match(text, start, end - start);
            return match.Success ? TrimTrailing(text, start, match.Length) : 0;
        }

        return HostOrFileLength(text, start, bounded, end);
    }

    private static bool StartsUrl(ReadOnlySpan<char> chunk) =>
        chunk.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || chunk.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || chunk.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase) || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        || chunk.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

    private static bool IsEmailAhead(string text, int start, int bounded)
    {
        var i = start;
        while (i < bounded && (char.IsLetterOrDigit(text[i]) || text[i] is '.' or '_' or '+' or '-'))
        {
            i++;
        }

        return i < bounded && text[i] == '@';
    }

    // name(.name)+ ending in a known domain or file extension, then for hosts an optional path. Three or more
    // lower-case words joined by dots (alt.animals.cats) are newsgroup or package names.
    private static int HostOrFileLength(string text, int start, int bounded, int end)
    {
        var i = start;
        var labels = 0;
        var lowerCaseWords = true;
        var lastLabelStart = start;
        while (true)
        {
            var label = ReadLabel(text, i, bounded);
            if (label == 0)
            {
                break;
            }

            lowerCaseWords &= label > 1 && char.IsLower(text[i]);
            lastLabelStart = i;
            labels++;
            i += label;
            if (i + 1 < bounded && text[i] == '.' && char.IsLetterOrDigit(text[i + 1]))
            {
                i++;
                continue;
            }

            break;
        }

        if (labels < 2 || !IsBoundary(text, i, end))
        {
            return 0;
        }

        var last = text.AsSpan(lastLabelStart, i - lastLabelStart);
        var isDomain = (IsLowerOrUpperOnly(last) && s_domains.Contains(last.ToString().ToLowerInvariant()) && (last.Length > 2 || char.IsLower(last[0])))
            || (labels >= 3 && lowerCaseWords);
        if (isDomain)
        {
            if (i < end && text[i] == '/')
            {
                var path = i;
                while (path < end && !char.IsWhiteSpace(text[path]))
                {
                    path++;
                }

                return TrimTrailing(text, start, path - start);
            }

            return i - start;
        }

        return s_fileExtensions.Contains(last.ToString()) ? i - start : 0;
    }

    private static int ReadLabel(string text, int start, int end)
    {
        var i = start;
        while (i < end && (char.IsLetterOrDigit(text[i]) || ((text[i] == '-' || text[i] == '_') && i > start)))
        {
            i++;
        }

        while (i > start && text[i - 1] is '-' or '_')
        {
            i--;
        }

        return i - start;
    }

    // An address ends at the end of the chunk or before punctuation that is not part of it.
    private static bool IsBoundary(string text, int i, int end) => i >= end || !char.IsLetterOrDigit(text[i]) && text[i] is not '@';

    private static bool IsLowerOrUpperOnly(ReadOnlySpan<char> label)
    {
        var lower = true;
        var upper = true;
        foreach (var c in label)
        {
            lower &= char.IsLower(c);
            upper &= char.IsUpper(c);
        }

        return lower || upper;
    }

    // Sentence punctuation after an address is not part of it; a closing bracket is, if the address opened one.
    private static int TrimTrailing(string text, int start, int length)
    {
        while (length > 0)
        {
            var c = text[start + length - 1];
            if (c is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '"' or '\u201D' or '\u2019' or '>' or ']' or '}'
                || (c == ')' && text.AsSpan(start, length).IndexOf('(') < 0))
            {
                length--;
                continue;
            }

            break;
        }

        return length;
    }

    [GeneratedRegex(
        @"\G(?:(?:https?|ftp)://[^\s<>""]+|www\.[^\s<>""]+|(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        matchTimeoutMilliseconds: 2000)]
    private static partial Regex UrlOrEmail();
}
