using System.Text.Json;
using System.Text.Json.Serialization;

namespace RuLatAm.Claims.Linking;

/// <summary>Reads the catalogue's JSON with code generated at build time: no reflection, so a cold start is quicker.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(List<CatalogueFile.StateEntry>))]
[JsonSerializable(typeof(List<CatalogueFile.PersonEntry>))]
[JsonSerializable(typeof(List<CatalogueFile.OrganisationEntry>))]
internal sealed partial class CatalogueJsonContext : JsonSerializerContext;
