namespace RuLatAm.Claims.Linking;

/// <summary>A mention resolved to an actor.</summary>
/// <param name="Canonical">The canonical name.</param>
/// <param name="Type">The actor's type.</param>
internal readonly record struct ResolvedActor(string Canonical, EntityType Type);
