using System.Text.Json;

namespace RuLatAm.Claims.Serialization;

/// <summary>Parses one JSON Lines claim, naming the line and the field when something is wrong.</summary>
internal static class ClaimJsonReader
{
    public static (string Document, Claim Claim) Parse(string line, int number)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var document = RequiredString(root, "document");
            var kind = ClaimJsonNames.ClaimKindOf(RequiredString(root, "kind")) ?? throw Bad("kind", "event or statement");
            var actorJson = Required(root, "actor");
            var actor = new ActorMention(
                RequiredString(actorJson, "text"),
                RequiredString(actorJson, "canonical"),
                ClaimJsonNames.EntityTypeOf(RequiredString(actorJson, "type")) ?? throw Bad("actor.type", "PERSON, ORG or GPE"),
                Span(actorJson));
            var actionJson = Required(root, "action");
            var action = new ActionMention(RequiredString(actionJson, "text"), RequiredString(actionJson, "lemma"), Span(actionJson));
            var target = Optional(root, "target") is { } t ? new TargetMention(RequiredString(t, "text"), OptionalString(t, "canonical"), Span(t)) : null;
            var date = Optional(root, "date") is { } d ? new DateMention(RequiredString(d, "text"), OptionalString(d, "value"), Span(d)) : null;
            var source = Optional(root, "source") is { } s
                ? new SourceMention(
                    RequiredString(s, "text"),
                    RequiredString(s, "canonical"),
                    ClaimJsonNames.SourceKindOf(RequiredString(s, "kind")) ?? throw Bad("source.kind", "direct, indirect or according-to"),
                    OptionalString(s, "via"),
                    Span(s))
                : null;
            var quote = Optional(root, "quote") is { } q ? new QuoteMention(RequiredString(q, "text"), Span(q)) : null;
            var modality = ClaimJsonNames.ModalityOf(RequiredString(root, "modality")) ?? throw Bad("modality", "asserted, planned, possible or negated");
            var evidenceJson = Required(root, "evidence");
            var evidence = new EvidenceSpan(OptionalString(evidenceJson, "text") ?? "", Span(evidenceJson));
            return (document, new Claim(kind, actor, action, target, date, source, quote, modality, evidence));
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            throw new FormatException($"Line {number}: {e.Message}", e);
        }
    }

    private static JsonElement Required(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : throw Bad(name, "an object");

    private static JsonElement? Optional(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    private static string RequiredString(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Bad(name, "a string");

    private static string? OptionalString(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static TextSpan Span(JsonElement parent)
    {
        var start = parent.TryGetProperty("start", out var s) && s.TryGetInt32(out var si) ? si : throw Bad("start", "a whole number");
        var end = parent.TryGetProperty("end", out var e) && e.TryGetInt32(out var ei) ? ei : throw Bad("end", "a whole number");
        return start >= 0 && end >= start ? new TextSpan(start, end) : throw new FormatException($"the span {start}-{end} is not a valid range");
    }

    private static FormatException Bad(string field, string expected) => new($"'{field}' must be {expected}");
}
