using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using RuLatAm.Claims.Dates;

namespace RuLatAm.Claims.Tests.Dates;

/// <summary>Loads the golden cases of Specs/Dates/*.json, each named "file/id" so that every case is its own test.</summary>
internal static class DateSpecs
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private static readonly Lazy<Dictionary<string, DateSpecCase>> All = new(Load);

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Specs", "Dates");

    public static IReadOnlyDictionary<string, DateSpecCase> Cases => All.Value;

    public static TheoryData<string> Names()
    {
        var names = new TheoryData<string>();
        foreach (var name in Cases.Keys.Order(StringComparer.Ordinal))
        {
            names.Add(name);
        }

        return names;
    }

    /// <summary>Reads an anchor written as the guideline writes values: day, month, year or range.</summary>
    public static ResolvedDate? Anchor(string? iso) => iso switch
    {
        null => null,
        { Length: 4 } => ResolvedDate.Year(int.Parse(iso, CultureInfo.InvariantCulture)),
        { Length: 7 } => ResolvedDate.Month(int.Parse(iso[..4], CultureInfo.InvariantCulture), int.Parse(iso[5..], CultureInfo.InvariantCulture)),
        { Length: 10 } => ResolvedDate.Day(Day(iso)),
        _ => ResolvedDate.Range(Day(iso[..10]), Day(iso[11..])),
    };

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Dictionary<string, DateSpecCase> Load()
    {
        var cases = new Dictionary<string, DateSpecCase>(StringComparer.Ordinal);
        foreach (var file in System.IO.Directory.GetFiles(Directory, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            foreach (var spec in JsonSerializer.Deserialize<DateSpecCase[]>(File.ReadAllText(file), Options) ?? [])
            {
                cases.Add($"{name}/{spec.Id}", spec);
            }
        }

        return cases;
    }
}
