namespace RuLatAm.Claims.Tests.Evaluation;

/// <summary>Hand-built claims for scorer tests: only the fields the scorer reads carry meaning.</summary>
internal static class TestClaims
{
    /// <summary>An asserted event claim whose action covers [start, end) and whose actor has the given canonical name.</summary>
    public static Claim At(int start, int end, string actor = "Vladimir Putin") => new(
        ClaimKind.Event,
        new ActorMention(actor, actor, EntityType.Person, new TextSpan(0, 1)),
        new ActionMention("acted", "act", new TextSpan(start, end)),
        Target: null,
        Date: null,
        Source: null,
        Quote: null,
        Modality.Asserted,
        new EvidenceSpan("", new TextSpan(0, end)));

    public static TargetMention Target(int start, int end, string? canonical = null) => new("target", canonical, new TextSpan(start, end));

    public static DateMention Date(string? value, string text = "on Friday") => new(text, value, new TextSpan(0, text.Length));

    public static SourceMention Source(string canonical, SourceKind kind = SourceKind.Indirect) => new(canonical, canonical, kind, null, new TextSpan(0, 1));

    public static QuoteMention Quote(string text) => new(text, new TextSpan(0, text.Length));

    public static DocumentClaims Document(string id, params Claim[] claims) => new(id, claims);
}
