namespace RuLatAm.Claims.Dates;

/// <summary>A part of a period named before it: "mid-", "the end of", "the first half of".</summary>
internal enum DateModifier : byte
{
    /// <summary>No modifier.</summary>
    None,

    /// <summary>"early", "mid", "late", "the end of", "the beginning of": precise only to the period itself.</summary>
    Part,

    /// <summary>"the first half of".</summary>
    FirstHalf,

    /// <summary>"the second half of".</summary>
    SecondHalf,

    /// <summary>"the first quarter of".</summary>
    FirstQuarter,

    /// <summary>"the second quarter of".</summary>
    SecondQuarter,

    /// <summary>"the third quarter of".</summary>
    ThirdQuarter,

    /// <summary>"the fourth quarter of", "the last quarter of".</summary>
    FourthQuarter,
}
