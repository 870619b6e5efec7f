namespace RuLatAm.Claims;

/// <summary>Who a claim is attributed to, when it is not the newspaper's own narration.</summary>
/// <param name="Text">The source as mentioned.</param>
/// <param name="Canonical">The canonical name of the source.</param>
/// <param name="Kind">How the claim is attributed.</param>
/// <param name="Via">The medium through which a person is cited ("Interfax"), or null.</param>
/// <param name="Span">Where the source's mention stands in the input.</param>
public sealed record SourceMention(string Text, string Canonical, SourceKind Kind, string? Via, TextSpan Span);
