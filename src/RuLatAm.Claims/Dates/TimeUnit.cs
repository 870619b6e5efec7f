namespace RuLatAm.Claims.Dates;

/// <summary>A unit of calendar time a phrase counts in.</summary>
internal enum TimeUnit : byte
{
    /// <summary>A day; also "morning", "evening", "night".</summary>
    Day,

    /// <summary>A week, Monday to Sunday.</summary>
    Week,

    /// <summary>A weekend, Saturday and Sunday.</summary>
    Weekend,

    /// <summary>A calendar month.</summary>
    Month,

    /// <summary>A calendar year.</summary>
    Year,

    /// <summary>Ten years.</summary>
    Decade,

    /// <summary>A hundred years.</summary>
    Century,

    /// <summary>A season, which differs between the hemispheres and so has no value.</summary>
    Season,
}
