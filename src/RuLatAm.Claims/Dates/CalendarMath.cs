namespace RuLatAm.Claims.Dates;

/// <summary>Calendar arithmetic for the resolver: weeks from Monday, years chosen by the verb's tense, unit steps.</summary>
/// <remarks>Methods may throw <see cref="ArgumentOutOfRangeException"/> past the years <see cref="DateOnly"/> holds.</remarks>
internal static class CalendarMath
{
    /// <summary>The Monday of the week (Monday to Sunday) that holds <paramref name="day"/>.</summary>
    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>The week, Monday to Sunday, that holds <paramref name="day"/>.</summary>
    public static ResolvedDate WeekOf(DateOnly day)
    {
        var monday = MondayOf(day);
        return ResolvedDate.Range(monday, monday.AddDays(6));
    }

    /// <summary>The Saturday and Sunday of the week that holds <paramref name="day"/>.</summary>
    public static ResolvedDate WeekendOf(DateOnly day)
    {
        var saturday = MondayOf(day).AddDays(5);
        return ResolvedDate.Range(saturday, saturday.AddDays(1));
    }

    /// <summary>The ten years from <paramref name="firstYear"/>.</summary>
    public static ResolvedDate Decade(int firstYear) => ResolvedDate.Range(new DateOnly(firstYear, 1, 1), new DateOnly(firstYear + 9, 12, 31));

    /// <summary>
    /// The year of a month (and day) written without one: the nearest such date in the direction of the verb's tense,
    /// the publication date's own month (or day) counting as both. A present verb gives no direction (builders also
    /// report gerunds and infinitives as present), so it takes the nearest in either, forward on a tie.
    /// </summary>
    /// <param name="published">The publication date.</param>
    /// <param name="month">The month.</param>
    /// <param name="day">The day, or 0 when only the month is written.</param>
    /// <param name="tense">The verb's tense.</param>
    public static int YearOf(DateOnly published, int month, int day, Tense tense)
    {
        // Compare (month, day) pairs; a bare month compares by month alone.
        var here = (published.Month * 100) + (day == 0 ? 0 : published.Day);
        var there = (month * 100) + day;
        return tense switch
        {
            Tense.Past => there > here ? published.Year - 1 : published.Year,
            Tense.Future => there < here ? published.Year + 1 : published.Year,
            _ when day == 0 => (month - published.Month) switch
            {
                > 6 => published.Year - 1,
                < -5 => published.Year + 1,
                _ => published.Year,
            },
            _ => NearestYear(published, month, day),
        };
    }

    /// <summary>
    /// A weekday written alone: the nearest such day in the direction of the verb's tense, or in either direction for
    /// a present verb; the publication day itself when it is that weekday.
    /// </summary>
    /// <param name="published">The publication date.</param>
    /// <param name="weekday">1 (Monday) to 7 (Sunday).</param>
    /// <param name="tense">The verb's tense.</param>
    public static DateOnly Weekday(DateOnly published, int weekday, Tense tense)
    {
        var delta = (weekday % 7) - (int)published.DayOfWeek;
        return tense switch
        {
            Tense.Future => published.AddDays(delta < 0 ? delta + 7 : delta),
            Tense.Past => published.AddDays(delta > 0 ? delta - 7 : delta),
            _ => published.AddDays(delta > 3 ? delta - 7 : delta < -3 ? delta + 7 : delta),
        };
    }

    /// <summary>"last Friday" (-1): strictly before publication; "next Friday" (+1): strictly after; "this Friday" (0): in the publication week.</summary>
    /// <param name="published">The publication date.</param>
    /// <param name="weekday">1 (Monday) to 7 (Sunday).</param>
    /// <param name="shift">-1, 0 or +1.</param>
    public static DateOnly ShiftedWeekday(DateOnly published, int weekday, int shift)
    {
        var target = weekday % 7;
        var today = (int)published.DayOfWeek;
        return shift switch
        {
            < 0 => published.AddDays(-((today - target + 6) % 7) - 1),
            > 0 => published.AddDays(((target - today + 6) % 7) + 1),
            _ => MondayOf(published).AddDays(weekday - 1),
        };
    }

    /// <summary>"last December" (-1): the most recent before the publication month; "next March" (+1): the first after it; "this May" (0): in the publication year.</summary>
    /// <param name="published">The publication date.</param>
    /// <param name="month">The month.</param>
    /// <param name="shift">-1, 0 or +1.</param>
    public static int ShiftedMonthYear(DateOnly published, int month, int shift) => shift switch
    {
        < 0 => month < published.Month ? published.Year : published.Year - 1,
        > 0 => month > published.Month ? published.Year : published.Year + 1,
        _ => published.Year,
    };

    // The year, among the one before, this one and the next, whose (month, day) lies nearest the publication date.
    private static int NearestYear(DateOnly published, int month, int day)
    {
        var best = published.Year;
        var bestDistance = int.MaxValue;
        for (var year = published.Year + 1; year >= published.Year - 1; year--)
        {
            if (day > DateTime.DaysInMonth(year, month))
            {
                continue;
            }

            // Later years come first, so a tie goes forward.
            var distance = Math.Abs(new DateOnly(year, month, day).DayNumber - published.DayNumber);
            if (distance < bestDistance)
            {
                best = year;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Moves <paramref name="day"/> by <paramref name="count"/> units.</summary>
    /// <param name="day">The day to move.</param>
    /// <param name="count">How many units, negative for back.</param>
    /// <param name="unit">The unit; a weekend counts as a week.</param>
    public static DateOnly Add(DateOnly day, int count, TimeUnit unit) => unit switch
    {
        TimeUnit.Day => day.AddDays(count),
        TimeUnit.Week or TimeUnit.Weekend => day.AddDays(count * 7),
        TimeUnit.Month => day.AddMonths(count),
        TimeUnit.Year => day.AddYears(count),
        TimeUnit.Decade => day.AddYears(count * 10),
        TimeUnit.Century => day.AddYears(count * 100),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "A season is not a fixed length of time."),
    };
}
