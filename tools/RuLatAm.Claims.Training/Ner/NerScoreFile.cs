using System.Text.Json;

namespace RuLatAm.Claims.Training.Ner;

/// <summary>Writes ner.score.json: how the model was made and what it scores on dev. No dates or machine paths, so it is reproducible too.</summary>
internal static class NerScoreFile
{
    public static void Write(string path, string command, string train, string dev, NerTrainingOptions options, float outsideShift, bool catalogue, long modelBytes, SpanScore score)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("model", "ner.bin");
        json.WriteString("command", command);
        json.WriteString("trainer", "ML.NET 5.0.1 LbfgsMaximumEntropy (multinomial logistic regression, one thread), exported to half-float weights over hashed features; Viterbi decoding under BIO constraints");
        json.WriteString("train", train);
        json.WriteString("dev", dev);
        json.WriteNumber("seed", options.Seed);
        json.WriteNumber("hashBits", options.Bits);
        json.WriteNumber("l1", options.L1);
        json.WriteNumber("l2", options.L2);
        json.WriteNumber("iterations", options.Iterations);
        json.WriteNumber("catalogueRate", options.CatalogueRate);
        json.WriteNumber("outsideShift", outsideShift);
        json.WriteBoolean("catalogueNames", catalogue);
        json.WriteNumber("modelBytes", modelBytes);
        json.WriteString("metric", "span P/R/F1, exact type and boundaries, on UNER English EWT dev");
        json.WriteStartObject("devScores");
        foreach (var row in SpanScore.Rows)
        {
            var (precision, recall, f1, gold) = score.Of(row);
            json.WriteStartObject(row);
            json.WriteNumber("precision", Math.Round(precision, 4));
            json.WriteNumber("recall", Math.Round(recall, 4));
            json.WriteNumber("f1", Math.Round(f1, 4));
            json.WriteNumber("gold", gold);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
