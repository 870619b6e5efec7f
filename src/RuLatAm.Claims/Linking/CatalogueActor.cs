namespace RuLatAm.Claims.Linking;

/// <summary>An actor of the catalogue: a state, person, organisation or medium.</summary>
/// <param name="Name">The canonical name ("Vladimir Putin", "Russia", "Gazprom").</param>
/// <param name="Type">The entity type claims give it.</param>
/// <param name="Kind">state, person, government-body, company, media …</param>
/// <param name="State">The state it belongs to, when it has one.</param>
public sealed record CatalogueActor(string Name, EntityType Type, string Kind, string? State);
