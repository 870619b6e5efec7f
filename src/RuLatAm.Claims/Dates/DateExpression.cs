namespace RuLatAm.Claims.Dates;

/// <summary>A time phrase found in text.</summary>
/// <param name="Span">Where it stands in the text.</param>
/// <param name="Text">The phrase as written ("on Friday", "in December 2013").</param>
public readonly record struct DateExpression(TextSpan Span, string Text);
