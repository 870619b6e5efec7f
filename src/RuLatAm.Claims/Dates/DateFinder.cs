using System.Text.RegularExpressions;

namespace RuLatAm.Claims.Dates;

/// <summary>Finds time phrases ("on Friday", "in December 2013", "last year") in a region of text.</summary>
/// <remarks>Thread-safe.</remarks>
public sealed partial class DateFinder
{
    /// <summary>A shared finder.</summary>
    public static DateFinder Default { get; } = new();

    /// <summary>Finds the time phrases inside <paramref name="region"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="region">Where to look, usually one sentence.</param>
    /// <returns>Non-overlapping phrases in text order, with spans into <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<DateExpression> Find(string text, TextSpan region)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<DateExpression>();
        foreach (Match match in Pattern().Matches(text.Substring(region.Start, region.Length)))
        {
            var span = new TextSpan(region.Start + match.Index, region.Start + match.Index + match.Length);
            found.Add(new DateExpression(span, match.Value));
        }

        return found;
    }

    [GeneratedRegex(
        @"\b(?:(?:on|by|until|since|from|in|during|at|for)\s+)?(?:(?:early|mid|late)-?\s*)?(?:" +
        @"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)" +
        @"|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:and|-|–|to)\s*\d{1,2})?)?(?:,?\s+(?:19|20)\d{2})?" +
        @"|(?:19|20)\d{2}" +
        @"|yesterday|today|tomorrow|tonight" +
        @"|(?:earlier|later)\s+this\s+(?:week|month|year)|(?:last|next|this)\s+(?:week|month|year)" +
        @")\b",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex Pattern();
}
