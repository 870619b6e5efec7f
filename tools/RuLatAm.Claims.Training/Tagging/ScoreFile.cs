using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace RuLatAm.Claims.Training.Tagging;

/// <summary>Writes a model's `*.score.json`: what made it, from which data, and its dev figures.</summary>
/// <remarks>No clock readings and no machine paths, so retraining on the same data rewrites the same bytes.</remarks>
internal static class ScoreFile
{
    public static void Write(string path, string model, byte[] modelBytes, string command, int seed, IReadOnlyDictionary<string, object> settings, TaggingFigures figures)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("model", model);
            json.WriteNumber("bytes", modelBytes.Length);
            json.WriteString("sha256", Convert.ToHexStringLower(SHA256.HashData(modelBytes)));
            json.WriteString("command", command);
            json.WriteNumber("seed", seed);
            json.WriteString("train", "UD English EWT en_ewt-ud-train.conllu");
            json.WriteString("dev", "UD English EWT en_ewt-ud-dev.conllu");
            json.WriteStartObject("settings");
            foreach (var (name, value) in settings)
            {
                json.WritePropertyName(name);
                JsonSerializer.Serialize(json, value);
            }

            json.WriteEndObject();
            json.WriteStartObject("devGoldTokens");
            json.WriteNumber("UPOS", Math.Round(figures.GoldUpos, 2));
            json.WriteNumber("XPOS", Math.Round(figures.GoldXpos, 2));
            if (figures.GoldLemmas is { } lemmas)
            {
                json.WriteNumber("Lemmas", Math.Round(lemmas, 2));
            }

            json.WriteEndObject();
            if (figures.Raw is not null)
            {
                json.WriteStartObject("devRawTextConll18F1");
                foreach (var (metric, value) in figures.Raw)
                {
                    json.WriteNumber(metric, value);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        File.WriteAllText(path, Encoding.UTF8.GetString(stream.ToArray()) + "\n", new UTF8Encoding(false));
    }
}
