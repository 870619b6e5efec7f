namespace RuLatAm.Claims.Dates;

/// <summary>The shape of a parsed time phrase, which decides how it resolves.</summary>
internal enum DateForm : byte
{
    /// <summary>Names no time that can be resolved: "recently", "since then", "during the Cold War", "for decades".</summary>
    Vague,

    /// <summary>Calendar fields: "July 15 and 16", "in December 2013", "last December", "on Friday", "the 1990s".</summary>
    Calendar,

    /// <summary>Counted from the publication date: "today", "last month", "this week", "earlier this year".</summary>
    Deictic,

    /// <summary>The weekend the verb's tense points to: "over the weekend".</summary>
    Weekend,

    /// <summary>Counted from an earlier dated event: "the next day", "later that year", "the same day".</summary>
    Anchored,

    /// <summary>A stretch of time: "over the past 10 years", "over the next few days".</summary>
    Duration,

    /// <summary>An offset: "two days ahead of the vote", "a week later", "two years ago", "on the eve of the summit".</summary>
    Relative,
}
