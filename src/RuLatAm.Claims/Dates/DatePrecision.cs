namespace RuLatAm.Claims.Dates;

/// <summary>How precisely a resolved date is known.</summary>
public enum DatePrecision
{
    /// <summary>A single day.</summary>
    Day,

    /// <summary>A calendar month.</summary>
    Month,

    /// <summary>A calendar year.</summary>
    Year,

    /// <summary>A range of days.</summary>
    Range,
}
