using System.Globalization;
using System.Text.RegularExpressions;

namespace RuLatAm.Claims.Dates;

/// <summary>Resolves a time phrase to an ISO date against the publication date, following ANNOTATION.md section 3.4.</summary>
/// <remarks>Never reads the clock: the publication date is always an argument. Thread-safe.</remarks>
public sealed partial class DateResolver
{
    private static readonly string[] s_months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>A shared resolver.</summary>
    public static DateResolver Default { get; } = new();

    /// <summary>Resolves <paramref name="phrase"/>.</summary>
    /// <param name="phrase">The time phrase as written.</param>
    /// <param name="published">The publication date.</param>
    /// <param name="tense">The tense of the predicate it dates.</param>
    /// <returns>The resolved date, or null when the phrase cannot be resolved.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="phrase"/> is null.</exception>
    public ResolvedDate? Resolve(string phrase, DateOnly published, Tense tense)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var p = Lead().Replace(phrase.ToLowerInvariant().Trim(), "");
        switch (p)
        {
            case "today" or "tonight":
                return ResolvedDate.Day(published);
            case "yesterday":
                return ResolvedDate.Day(published.AddDays(-1));
            case "tomorrow":
                return ResolvedDate.Day(published.AddDays(1));
            case "this month" or "earlier this month" or "later this month":
                return ResolvedDate.Month(published.Year, published.Month);
            case "last month":
                var previous = published.AddMonths(-1);
                return ResolvedDate.Month(previous.Year, previous.Month);
            case "next month":
                var next = published.AddMonths(1);
                return ResolvedDate.Month(next.Year, next.Month);
            case "this year" or "earlier this year" or "later this year":
                return ResolvedDate.Year(published.Year);
            case "last year":
                return ResolvedDate.Year(published.Year - 1);
            case "next year":
                return ResolvedDate.Year(published.Year + 1);
        }

        if (Enum.TryParse<DayOfWeek>(p, ignoreCase: true, out var weekday) && char.IsLetter(p[0]))
        {
            return ResolvedDate.Day(Weekday(published, weekday, tense));
        }

        var match = MonthDayYear().Match(p);
        if (match.Success)
        {
            var month = Array.IndexOf(s_months, match.Groups["month"].Value) + 1;
            var year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : YearOfMonth(published, month, tense);
            if (!match.Groups["day"].Success)
            {
                return ResolvedDate.Month(year, month);
            }

            var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
            if (day > DateTime.DaysInMonth(year, month))
            {
                return null;
            }

            if (match.Groups["to"].Success && int.Parse(match.Groups["to"].Value, CultureInfo.InvariantCulture) is var to && to > day && to <= DateTime.DaysInMonth(year, month))
            {
                return new ResolvedDate(new DateOnly(year, month, day), new DateOnly(year, month, to), DatePrecision.Range);
            }

            return ResolvedDate.Day(new DateOnly(year, month, day));
        }

        return YearOnly().Match(p) is { Success: true } y ? ResolvedDate.Year(int.Parse(y.Value, CultureInfo.InvariantCulture)) : null;
    }

    private static DateOnly Weekday(DateOnly published, DayOfWeek weekday, Tense tense)
    {
        var delta = (int)weekday - (int)published.DayOfWeek;
        return tense switch
        {
            Tense.Future => published.AddDays(delta < 0 ? delta + 7 : delta),
            Tense.Past => published.AddDays(delta > 0 ? delta - 7 : delta),
            _ => published.AddDays(delta > 3 ? delta - 7 : delta < -3 ? delta + 7 : delta),
        };
    }

    // A month without a year is the nearest such month in the direction of the verb's tense.
    private static int YearOfMonth(DateOnly published, int month, Tense tense) => tense switch
    {
        Tense.Future when month < published.Month => published.Year + 1,
        Tense.Past when month > published.Month => published.Year - 1,
        _ => published.Year,
    };

    [GeneratedRegex(@"^(?:(?:on|by|until|since|from|in|during|at|for)\s+)?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex Lead();

    [GeneratedRegex(@"^(?<month>january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:and|-|–|to)\s*(?<to>\d{1,2}))?)?(?:,?\s+(?<year>(?:19|20)\d{2}))?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"^(?:19|20)\d{2}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex YearOnly();
}
