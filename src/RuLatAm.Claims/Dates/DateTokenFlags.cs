namespace RuLatAm.Claims.Dates;

/// <summary>Facts about a <see cref="DateToken"/> the grammar needs often enough to compute once.</summary>
[Flags]
internal enum DateTokenFlags : byte
{
    /// <summary>Nothing special.</summary>
    None = 0,

    /// <summary>A word that starts with an upper-case letter.</summary>
    Capitalised = 1,

    /// <summary>A full month name, capitalised ("May", not "may"); <see cref="DateToken.Value"/> is 1-12.</summary>
    Month = 2,

    /// <summary>A month abbreviation ("Dec", "Sept"); only a day or a year after it makes it a month.</summary>
    MonthAbbreviation = 4,

    /// <summary>A capitalised weekday name; <see cref="DateToken.Value"/> is 1 (Monday) to 7 (Sunday).</summary>
    Weekday = 8,

    /// <summary>A number with an ordinal suffix: "15th", "2nd".</summary>
    Ordinal = 16,

    /// <summary>A number with a plural "s": "1990s", "90s".</summary>
    Decade = 32,
}
