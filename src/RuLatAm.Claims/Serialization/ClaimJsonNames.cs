namespace RuLatAm.Claims.Serialization;

/// <summary>The guideline's spelling of each enumerated value, both ways.</summary>
internal static class ClaimJsonNames
{
    public static string Of(ClaimKind kind) => kind == ClaimKind.Event ? "event" : "statement";

    public static string Of(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Org => "ORG",
        _ => "GPE",
    };

    public static string Of(SourceKind kind) => kind switch
    {
        SourceKind.Direct => "direct",
        SourceKind.Indirect => "indirect",
        _ => "according-to",
    };

    public static string Of(Modality modality) => modality switch
    {
        Modality.Asserted => "asserted",
        Modality.Planned => "planned",
        Modality.Possible => "possible",
        _ => "negated",
    };

    public static ClaimKind? ClaimKindOf(string? name) => name switch
    {
        "event" => ClaimKind.Event,
        "statement" => ClaimKind.Statement,
        _ => null,
    };

    public static EntityType? EntityTypeOf(string? name) => name switch
    {
        "PERSON" => EntityType.Person,
        "ORG" => EntityType.Org,
        "GPE" => EntityType.Gpe,
        _ => null,
    };

    public static SourceKind? SourceKindOf(string? name) => name switch
    {
        "direct" => SourceKind.Direct,
        "indirect" => SourceKind.Indirect,
        "according-to" => SourceKind.AccordingTo,
        _ => null,
    };

    public static Modality? ModalityOf(string? name) => name switch
    {
        "asserted" => Modality.Asserted,
        "planned" => Modality.Planned,
        "possible" => Modality.Possible,
        "negated" => Modality.Negated,
        _ => null,
    };
}
