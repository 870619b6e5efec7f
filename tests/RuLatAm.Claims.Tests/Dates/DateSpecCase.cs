using RuLatAm.Claims.Dates;

namespace RuLatAm.Claims.Tests.Dates;

/// <summary>One golden case of Specs/Dates: a sentence, its publication date and tense, and the phrases it holds.</summary>
public sealed record DateSpecCase(
    string Id, string Input, DateOnly Published, Tense Tense, string? Anchor, IReadOnlyList<DateSpecPhrase> Expected, string Why);
