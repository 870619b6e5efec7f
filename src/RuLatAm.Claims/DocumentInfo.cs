namespace RuLatAm.Claims;

/// <summary>What the extractor needs to know about an article besides its text.</summary>
/// <param name="Id">The document id written into every claim ("2014-07-10-some-article").</param>
/// <param name="Published">The publication date; relative dates ("last year", "on Friday") resolve against it.</param>
public sealed record DocumentInfo(string Id, DateOnly Published);
