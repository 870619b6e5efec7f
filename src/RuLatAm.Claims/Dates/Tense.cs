namespace RuLatAm.Claims.Dates;

/// <summary>The tense of the predicate a time phrase dates; it decides which way a bare weekday points.</summary>
public enum Tense
{
    /// <summary>Past: "met on Friday" is the Friday before publication.</summary>
    Past,

    /// <summary>Present: points forward like the future, as a schedule does ("the summit opens on Friday").</summary>
    Present,

    /// <summary>Future: "will meet on Friday" is the Friday after publication.</summary>
    Future,
}
