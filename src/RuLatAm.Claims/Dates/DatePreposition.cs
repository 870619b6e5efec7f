namespace RuLatAm.Claims.Dates;

/// <summary>The preposition governing a time phrase, as far as it changes the value.</summary>
internal enum DatePreposition : byte
{
    /// <summary>None written.</summary>
    None,

    /// <summary>One whose phrase names a time the event touches: "on", "in", "since", "until", "by".</summary>
    Within,

    /// <summary>"before", "after": the event lies outside the time named, so the phrase has no value.</summary>
    Outside,
}
