using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace RuLatAm.Claims.Serialization;

/// <summary>Reads and writes claims as JSON Lines in the format of ANNOTATION.md section 4: one claim per line.</summary>
/// <remarks>Thread-safe: all members are static and keep no state.</remarks>
public static class ClaimJsonLines
{
    private static readonly JsonWriterOptions s_writerOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>Writes each claim of <paramref name="document"/> as one line.</summary>
    /// <param name="writer">Where the lines go.</param>
    /// <param name="document">The claims of one document.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(TextWriter writer, DocumentClaims document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        foreach (var claim in document.Claims)
        {
            writer.Write(Serialize(document.DocumentId, claim));
            writer.Write('\n');
        }
    }

    /// <summary>One claim as a single-line JSON object.</summary>
    /// <param name="documentId">The id of the document the claim comes from.</param>
    /// <param name="claim">The claim.</param>
    /// <returns>The JSON text, without a line break.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Serialize(string documentId, Claim claim)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        ArgumentNullException.ThrowIfNull(claim);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, s_writerOptions))
        {
            ClaimJsonWriter.Write(json, documentId, claim);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Reads every claim of a JSON Lines stream, grouped by document in order of first appearance.</summary>
    /// <param name="reader">The lines; blank lines are skipped.</param>
    /// <returns>The documents and their claims.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="FormatException">A line is not a claim in the documented format; the message names the line.</exception>
    public static IReadOnlyList<DocumentClaims> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var order = new List<string>();
        var byDocument = new Dictionary<string, List<Claim>>(StringComparer.Ordinal);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var (document, claim) = ClaimJsonReader.Parse(line, number);
            if (!byDocument.TryGetValue(document, out var claims))
            {
                byDocument[document] = claims = [];
                order.Add(document);
            }

            claims.Add(claim);
        }

        return order.ConvertAll(id => new DocumentClaims(id, byDocument[id]));
    }
}
