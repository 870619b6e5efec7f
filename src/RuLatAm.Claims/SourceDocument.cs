namespace RuLatAm.Claims;

/// <summary>An article to extract from: its text and what is known about it.</summary>
/// <param name="Text">The raw article text.</param>
/// <param name="Info">The document id and publication date.</param>
public sealed record SourceDocument(string Text, DocumentInfo Info);
