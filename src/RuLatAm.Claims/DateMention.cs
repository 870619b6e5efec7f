namespace RuLatAm.Claims;

/// <summary>The time the text states for a claim's predicate.</summary>
/// <param name="Text">The time phrase as written ("on Friday", "last year").</param>
/// <param name="Value">ISO 8601 value resolved against the publication date (a day, month, year or range); null when it cannot be resolved.</param>
/// <param name="Span">Where the phrase stands in the input.</param>
public sealed record DateMention(string Text, string? Value, TextSpan Span);
