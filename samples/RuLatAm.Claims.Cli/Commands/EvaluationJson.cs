using System.Text.Json;
using RuLatAm.Claims.Evaluation;

namespace RuLatAm.Claims.Cli.Commands;

/// <summary>The `evaluate --json` object: micro figures at the top, then one row per document.</summary>
internal static class EvaluationJson
{
    public static void Write(TextWriter output, EvaluationReport report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            WriteScore(json, report.Micro);
            json.WriteStartArray("documents");
            foreach (var document in report.Documents)
            {
                json.WriteStartObject();
                json.WriteString("document", document.DocumentId);
                WriteScore(json, document);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteScore(Utf8JsonWriter json, DocumentScore score)
    {
        WritePrf(json, "claim", score.Claim);
        WritePrf(json, "full", score.Full);
        var f = score.Fields;
        json.WriteStartObject("fields");
        json.WriteNumber("target", Round(f.Rate(f.Target)));
        json.WriteNumber("date", Round(f.Rate(f.Date)));
        json.WriteNumber("source", Round(f.Rate(f.Source)));
        json.WriteNumber("modality", Round(f.Rate(f.Modality)));
        json.WriteNumber("quote", Round(f.Rate(f.Quote)));
        json.WriteNumber("pairs", f.Pairs);
        json.WriteEndObject();
    }

    private static void WritePrf(Utf8JsonWriter json, string name, PrecisionRecall value)
    {
        json.WriteStartObject(name);
        json.WriteNumber("p", Round(value.Precision));
        json.WriteNumber("r", Round(value.Recall));
        json.WriteNumber("f1", Round(value.F1));
        json.WriteNumber("matched", value.Matched);
        json.WriteNumber("predicted", value.Predicted);
        json.WriteNumber("gold", value.Gold);
        json.WriteEndObject();
    }

    private static double Round(double value) => Math.Round(value, 4);
}
