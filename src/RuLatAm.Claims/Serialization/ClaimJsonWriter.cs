using System.Text.Json;

namespace RuLatAm.Claims.Serialization;

/// <summary>Writes one claim with the field names and order of ANNOTATION.md section 4.</summary>
internal static class ClaimJsonWriter
{
    public static void Write(Utf8JsonWriter json, string documentId, Claim claim)
    {
        json.WriteStartObject();
        json.WriteString("document", documentId);
        json.WriteString("kind", ClaimJsonNames.Of(claim.Kind));

        json.WriteStartObject("actor");
        json.WriteString("text", claim.Actor.Text);
        json.WriteString("canonical", claim.Actor.Canonical);
        json.WriteString("type", ClaimJsonNames.Of(claim.Actor.Type));
        WriteSpan(json, claim.Actor.Span);
        json.WriteEndObject();

        json.WriteStartObject("action");
        json.WriteString("text", claim.Action.Text);
        json.WriteString("lemma", claim.Action.Lemma);
        WriteSpan(json, claim.Action.Span);
        json.WriteEndObject();

        if (claim.Target is { } target)
        {
            json.WriteStartObject("target");
            json.WriteString("text", target.Text);
            json.WriteString("canonical", target.Canonical);
            WriteSpan(json, target.Span);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("target");
        }

        if (claim.Date is { } date)
        {
            json.WriteStartObject("date");
            json.WriteString("text", date.Text);
            json.WriteString("value", date.Value);
            WriteSpan(json, date.Span);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("date");
        }

        if (claim.Source is { } source)
        {
            json.WriteStartObject("source");
            json.WriteString("text", source.Text);
            json.WriteString("canonical", source.Canonical);
            json.WriteString("kind", ClaimJsonNames.Of(source.Kind));
            json.WriteString("via", source.Via);
            WriteSpan(json, source.Span);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("source");
        }

        if (claim.Quote is { } quote)
        {
            json.WriteStartObject("quote");
            json.WriteString("text", quote.Text);
            WriteSpan(json, quote.Span);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("quote");
        }

        json.WriteString("modality", ClaimJsonNames.Of(claim.Modality));
        json.WriteStartObject("evidence");
        WriteSpan(json, claim.Evidence.Span);
        json.WriteString("text", claim.Evidence.Text);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter json, TextSpan span)
    {
        json.WriteNumber("start", span.Start);
        json.WriteNumber("end", span.End);
    }
}
