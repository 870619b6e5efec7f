using System.Buffers;
using System.Text.RegularExpressions;

namespace RuLatAm.Claims.Cleaning;

/// <summary>Finds the article body in scraped text: the paragraphs left once page furniture is removed.</summary>
/// <remarks>
/// Removed: navigation and search boxes, datelines, bylines, copyright and cookie lines, app-store links, donation
/// appeals, headlines and subheads (short lines without closing punctuation, unless a photo caption), photo credits,
/// and any paragraph that repeats an earlier one (a caption printed twice, perhaps with its credit). The body is returned as spans of the input, so every later
/// offset still points into the caller's text. Thread-safe.
/// </remarks>
public sealed partial class TextCleaner
{
    private const int MaxHeadlineWords = 16;

    // "RIO DE JANEIRO, Brazil, Sept. 14, 2022 (Reuters) — " is about as long as a dateline gets.
    private const int MaxDatelineLength = 90;

    // "Sign up", "Subscribe now", "Accept all cookies": the longest button or link label, in words.
    private const int MaxButtonWords = 4;

    // Furniture is a line or two; a reader appeal a paragraph. Longer lines are body text, and skipping the patterns
    // on them keeps clean-up linear in time on a page scraped as one enormous line.
    private const int MaxFurnitureLength = 400;
    private const int MaxAppealLength = 3000;

    // Shorter paragraphs ("Read more", "Photo") repeat for reasons other than being printed twice.
    private const int MinRepeatLength = 20;

    // The longest photo credit glued after a caption ("File photo: Agency").
    private const int MaxCreditLength = 80;

    /// <summary>A shared cleaner.</summary>
    public static TextCleaner Default { get; } = new();

    /// <summary>Finds the body paragraphs of <paramref name="text"/>.</summary>
    /// <param name="text">The raw article text.</param>
    /// <returns>Spans of the paragraphs that belong to the body, in text order, trimmed of white space.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<TextSpan> FindBody(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var body = new List<TextSpan>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var inAppeal = false;
        var seenSpans = seen.GetAlternateLookup<ReadOnlySpan<char>>();
        var lines = Lines(text).ToList();
        var keys = lines.ConvertAll(line => Normalize(text.AsSpan(line.Start, line.Length)));
        for (var n = 0; n < lines.Count; n++)
        {
            var line = lines[n];
            var key = keys[n];
            var repeated = Repeats(key, seenSpans);
            if (key.Length >= MinRepeatLength)
            {
                seen.Add(key);
            }

            if (repeated)
            {
                continue;
            }

            // A photo caption is body text even without closing punctuation; its credit is not.
            var caption = CaptionBeforeCredit(text, line);
            var isCaption = caption is not null || n + 1 < lines.Count && IsRepeat(keys[n + 1], key);
            line = WithoutDateline(text, caption ?? line);
            var content = text.AsSpan(line.Start, line.Length);
            if (IsFurniture(content))
            {
                continue;
            }

            // A reader appeal runs to the end of the page once it starts.
            inAppeal |= IsAppeal(content);
            if (!inAppeal && (isCaption || !IsHeadline(content)))
            {
                body.Add(line);
            }
        }

        return body;
    }

    // A paragraph repeats an earlier one if it is that paragraph, or that paragraph with a photo credit glued on (a
    // caption printed twice). A credit is short, so only the last few places of the line are tried as the end of the
    // earlier paragraph: the check costs a bounded number of lookups per line however long the page.
    private static bool Repeats(string key, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> seen)
    {
        if (seen.Contains(key))
        {
            return true;
        }

        for (var end = Math.Max(MinRepeatLength, key.Length - MaxCreditLength); end < key.Length; end++)
        {
            if (Credit().IsMatch(key.AsSpan(end)) && seen.Contains(key.AsSpan(0, end)))
            {
                return true;
            }
        }

        return false;
    }

    // The same test for one earlier paragraph.
    private static bool IsRepeat(string key, string previous) =>
        previous.Length >= MinRepeatLength && key.StartsWith(previous, StringComparison.Ordinal)
        && (key.Length == previous.Length || key.Length - previous.Length <= MaxCreditLength && Credit().IsMatch(key.AsSpan(previous.Length)));

    // "… Bolsonaro.Photo: Reuters": the caption without its credit, or null when the line ends in none.
    private static TextSpan? CaptionBeforeCredit(string text, TextSpan line)
    {
        if (line.Length > MaxFurnitureLength)
        {
            return null;
        }

        var match = TrailingCredit().Match(text, line.Start, line.Length);
        if (!match.Success || match.Index == line.Start)
        {
            return null;
        }

        var end = match.Index;
        while (end > line.Start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end > line.Start ? new TextSpan(line.Start, end) : null;
    }

    // "MOSCOW, March 10 (Reuters) - Russia signed …": the wire dateline is furniture glued to the first sentence.
    private static TextSpan WithoutDateline(string text, TextSpan line)
    {
        if (!char.IsUpper(text[line.Start]))
        {
            return line;
        }

        var match = Dateline().Match(text, line.Start, Math.Min(line.Length, MaxDatelineLength));
        // The sentence after a dateline starts afresh; "NATO - the alliance …" is an aside, not a dateline.
        var rest = line.Start + match.Length;
        return match.Success && rest < line.End && (char.IsUpper(text[rest]) || text[rest] is '"' or '\u201C')
            && (match.Groups["detail"].Length > 0 || !match.Value.TrimEnd().EndsWith(" -", StringComparison.Ordinal))
            ? new TextSpan(rest, line.End)
            : line;
    }

    private static IEnumerable<TextSpan> Lines(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\n' or '\r' or '\u2028' or '\u2029'))
            {
                continue;
            }

            var s = start;
            var e = i;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                yield return new TextSpan(s, e);
            }

            start = i + 1;
        }
    }

    // Runs of white space as one space, lower case: the key under which a repeated paragraph is recognised. Built in a
    // pooled buffer, so that the key is the only copy of the line made.
    private static string Normalize(ReadOnlySpan<char> line)
    {
        var buffer = ArrayPool<char>.Shared.Rent(line.Length);
        var length = 0;
        var space = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }

            if (space)
            {
                buffer[length++] = ' ';
                space = false;
            }

            buffer[length++] = char.ToLowerInvariant(c);
        }

        var key = new string(buffer, 0, length);
        ArrayPool<char>.Shared.Return(buffer);
        return key;
    }

    // News paragraphs may start with "By" ("By Monday, the troops had left") or mention subscribing ("Cuba does not
    // subscribe to that view"), so a byline is "By" and a capitalised name with no closing punctuation, and a
    // service line speaks to the reader or is a button.
    private static bool IsFurniture(ReadOnlySpan<char> line) =>
        line.Length <= MaxFurnitureLength
        && (Furniture().IsMatch(line) || Byline().IsMatch(line)
            || ReaderService().IsMatch(line) && (ReaderPronouns().IsMatch(line) || WhiteSpace().Count(line) < MaxButtonWords));

    private static bool IsHeadline(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxFurnitureLength)
        {
            return false;
        }

        var last = line[^1];
        if (last is '.' or '!' or '?' or '"' or '\u201D' or '\u2026' or ':' or ')')
        {
            return false;
        }

        return WhiteSpace().Count(line) + 1 <= MaxHeadlineWords;
    }

    // First- and second-person words addressed to the reader, outside quotation marks, in a paragraph that also
    // asks for something: an appeal for money or subscriptions, not reporting.
    private static bool IsAppeal(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxAppealLength || !AppealWords().IsMatch(line))
        {
            return false;
        }

        var unquoted = Quoted().Replace(line.ToString(), " ");
        return ReaderPronouns().Count(unquoted) >= 2;
    }

    // The timeouts guard against a pattern gone wrong, not against slow lines: lines are bounded in length before any
    // pattern runs, and a timeout is wall-clock time, which a busy machine can spend without the match being slow.
    [GeneratedRegex(@"^\W*((file )?photo|image|credit|source)s?\s*:[^.!?]{0,60}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Credit();

    [GeneratedRegex(@"(?<=[a-z.!?\u201D""]\s?)(File )?(Photo|Image|Credit)s?\s*:[^.!?:]{1,60}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex TrailingCredit();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"^(support|donate|subscribe)\b[^.]*!$|^(search( for)?|read more|related|advertisement|share( this)?|table of contents|article search|more details|skip to content|google play|app store)\W*$|copyright|all rights reserved|\u00A9|\bmins? read\b|^\s*(photo:|file photo)\b|\|\s*by\s|^\W*(photo|credit|source|image)s?\s*:|no matches\.|try altering your search|^\w+ \d{1,2}, \d{4}\s*\|", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Furniture();

    // A place in capitals (not "U.S."), maybe a country, a date and an agency in brackets, then a dash.
    [GeneratedRegex(@"^\p{Lu}{2,}(?:[\s'\u2019.-]+\p{Lu}{2,})*\.?(?<detail>(?:,\s*\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)*)?(?:,?\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^()]{2,40}\))?)??\s*[-\u2013\u2014]{1,2}\s*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Dateline();

    [GeneratedRegex(@"^\W*(By|BY)\s+\p{Lu}.*(?<![.!?;:""\u201D])$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Byline();

    [GeneratedRegex(@"\b(cookies?|newsletters?|subscribe|subscription|sign up|log in)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex ReaderService();

    [GeneratedRegex(@"\b(support (us|our)|donat\w*|contribut\w* (to|today)|favou?r to ask|remind me|not ready to support|payment methods?|paiment|monthly|thank you)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex AppealWords();

    [GeneratedRegex(@"\b(we|us|our|you|your)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex ReaderPronouns();

    [GeneratedRegex("[\"\u201C][^\"\u201D]*[\"\u201D]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Quoted();
}
