namespace RuLatAm.Claims.Dates;

/// <summary>What <see cref="DateParser"/> read in one time phrase: enough for <see cref="DateResolver"/> to give it a value.</summary>
internal struct DateParse
{
    /// <summary>The shape of the phrase.</summary>
    public DateForm Form;

    /// <summary>The governing preposition.</summary>
    public DatePreposition Preposition;

    /// <summary>A part of the period: "mid-", "the end of", "the first quarter of".</summary>
    public DateModifier Modifier;

    /// <summary>The calendar point, or a range's first point.</summary>
    public DatePoint First;

    /// <summary>A range's last point.</summary>
    public DatePoint Last;

    /// <summary>Whether <see cref="Last"/> holds a range's end.</summary>
    public bool IsRange;

    /// <summary>The unit of a deictic, anchored, duration or relative phrase.</summary>
    public TimeUnit Unit;

    /// <summary>Units forward (+) or back (-): "last month" -1, "tomorrow" +1, "the previous day" -1.</summary>
    public int Shift;

    /// <summary>How many units a duration or offset counts; 0 when inexact ("several", "a few").</summary>
    public int Quantity;

    /// <summary>Which way a duration runs.</summary>
    public DateDirection Direction;

    /// <summary>Whether an offset counts back from the publication date ("ago") rather than from an event.</summary>
    public bool Ago;

    /// <summary>Whether the offset is only a bound ("more than two years"), so not exact.</summary>
    public bool Bounded;

    /// <summary>The first token of the event an offset counts from ("the vote" in "two days ahead of the vote").</summary>
    public int EventStart;

    /// <summary>One past the last token of that event; equal to <see cref="EventStart"/> when none is written.</summary>
    public int EventEnd;
}
