namespace RuLatAm.Claims;

/// <summary>What a statement says: the quoted words without their marks, or the reported clause.</summary>
/// <param name="Text">The content as written.</param>
/// <param name="Span">Where the content stands in the input.</param>
public sealed record QuoteMention(string Text, TextSpan Span);
