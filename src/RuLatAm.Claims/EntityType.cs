namespace RuLatAm.Claims;

/// <summary>The type of a named actor (ANNOTATION.md section 3.1).</summary>
public enum EntityType
{
    /// <summary>A person.</summary>
    Person,

    /// <summary>A government body, company, alliance or medium.</summary>
    Org,

    /// <summary>A country, or a city acting as a state.</summary>
    Gpe,
}
