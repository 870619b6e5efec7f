namespace RuLatAm.Claims.Dates;

/// <summary>The tense of the predicate a time phrase dates; it decides which way a bare weekday points.</summary>
public enum Tense
{
    /// <summary>Past: "met on Friday" is the Friday before publication.</summary>
    Past,

    /// <summary>Present, or no tense known (gerunds, infinitives): a weekday or month is the nearest one either way.</summary>
    Present,

    /// <summary>Future: "will meet on Friday" is the Friday after publication.</summary>
    Future,
}
