using System.Globalization;

namespace RuLatAm.Claims.Dates;

/// <summary>A date resolved against a publication date, with its precision.</summary>
/// <param name="Start">The first day it covers.</param>
/// <param name="End">The last day it covers.</param>
/// <param name="Precision">Day, month, year or range.</param>
public sealed record ResolvedDate(DateOnly Start, DateOnly End, DatePrecision Precision)
{
    /// <summary>The date in ISO 8601 as the guideline writes it: 2014-07-11, 2014-07, 2014, or 2014-07-15/2014-07-16.</summary>
    public string ToIso() => Precision switch
    {
        DatePrecision.Day => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Year => Start.Year.ToString(CultureInfo.InvariantCulture),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Start:yyyy-MM-dd}/{End:yyyy-MM-dd}"),
    };

    /// <summary>A single day.</summary>
    /// <param name="day">The day.</param>
    public static ResolvedDate Day(DateOnly day) => new(day, day, DatePrecision.Day);

    /// <summary>A calendar month.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    public static ResolvedDate Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)), DatePrecision.Month);

    /// <summary>A calendar year.</summary>
    /// <param name="year">The year.</param>
    public static ResolvedDate Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year);

    /// <summary>A range of days, both ends included: "July 15 and 16", "this week", "over the past 10 years".</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static ResolvedDate Range(DateOnly start, DateOnly end) =>
        end >= start
            ? new(start, end, DatePrecision.Range)
            : throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The range ends ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd})."), nameof(end));
}
