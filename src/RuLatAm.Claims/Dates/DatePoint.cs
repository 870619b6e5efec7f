namespace RuLatAm.Claims.Dates;

/// <summary>The calendar fields a time phrase states for one point; 0 where it states nothing.</summary>
internal struct DatePoint
{
    /// <summary>The year; two digits when <see cref="ShortYear"/> ("2011-13").</summary>
    public int Year;

    /// <summary>The month, 1-12.</summary>
    public int Month;

    /// <summary>The day of the month.</summary>
    public int Day;

    /// <summary>The weekday, 1 (Monday) to 7 (Sunday).</summary>
    public int Weekday;

    /// <summary>The decade's first year (1990 for "the 1990s"), or its two digits when <see cref="ShortYear"/> ("the '90s").</summary>
    public int Decade;

    /// <summary>Whether <see cref="Year"/> or <see cref="Decade"/> is written with two digits only.</summary>
    public bool ShortYear;

    /// <summary>"last" (-1), "this" (0) or "next" (+1) before a month or weekday; see <see cref="HasShift"/>.</summary>
    public int Shift;

    /// <summary>Whether the point is shifted by "last", "this" or "next".</summary>
    public bool HasShift;
}
