namespace RuLatAm.Claims;

/// <summary>The agent of a claim as mentioned in its sentence, resolved to a canonical entity.</summary>
/// <param name="Text">The mention as written ("he", "the Kremlin", "Putin").</param>
/// <param name="Canonical">The full name of the entity it refers to ("Vladimir Putin", "Russia").</param>
/// <param name="Type">The entity's type.</param>
/// <param name="Span">Where the mention stands in the input.</param>
public sealed record ActorMention(string Text, string Canonical, EntityType Type, TextSpan Span);
