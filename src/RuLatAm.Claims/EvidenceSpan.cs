namespace RuLatAm.Claims;

/// <summary>The sentence that holds a claim.</summary>
/// <param name="Text">The sentence as written.</param>
/// <param name="Span">Where the sentence stands in the input.</param>
public sealed record EvidenceSpan(string Text, TextSpan Span);
