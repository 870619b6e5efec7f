using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace RuLatAm.Claims.Linking;

/// <summary>The shape of the catalogue's JSON files (Resources/*.json).</summary>
internal static class CatalogueFile
{
    public static List<T> Read<T>(string resource)
    {
        using var stream = typeof(CatalogueFile).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded catalogue file '{resource}' is missing; the package is incomplete.");
        var shape = (JsonTypeInfo<List<T>>?)CatalogueJsonContext.Default.GetTypeInfo(typeof(List<T>))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not a catalogue entry.");
        return JsonSerializer.Deserialize(stream, shape)
            ?? throw new InvalidOperationException($"Embedded catalogue file '{resource}' is empty.");
    }

    internal sealed record StateEntry(
        string Name,
        List<string>? Aliases,
        List<string>? Demonyms,
        string? Capital,
        List<string>? Metonyms,
        string? Region);

    internal sealed record PersonEntry(string Name, string? Gender, List<string>? Aliases, List<string>? Misspellings, List<OfficeEntry>? Offices);

    internal sealed record OfficeEntry(string Role, string? Title, string? State, string? Org, string From, string? To);

    internal sealed record OrganisationEntry(string Name, string? Kind, string? State, List<string>? Aliases)
    {
        [JsonPropertyName("type")]
        public string? Type { get; init; }
    }
}
