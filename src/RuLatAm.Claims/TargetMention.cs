namespace RuLatAm.Claims;

/// <summary>The party or thing acted on, or the addressee of a statement.</summary>
/// <param name="Text">The shortest phrase that identifies it.</param>
/// <param name="Canonical">The canonical name when it is a named entity; otherwise null.</param>
/// <param name="Span">Where the phrase stands in the input.</param>
public sealed record TargetMention(string Text, string? Canonical, TextSpan Span);
