using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace RuLatAm.Claims.Cli.Input;

/// <summary>
/// Turns command-line paths into articles: a path is a UTF-8 text file or a folder of *.txt files; a folder's
/// manifest.json gives each file's id and publication date.
/// </summary>
internal static partial class ArticleLocator
{
    private const string ManifestName = "manifest.json";

    public static List<Article> Locate(IEnumerable<string> paths, DateOnly? published)
    {
        var articles = new List<Article>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                articles.AddRange(FromFolder(path, published));
            }
            else if (File.Exists(path))
            {
                var id = Path.GetFileNameWithoutExtension(path);
                var manifest = ReadManifest(Path.GetDirectoryName(Path.GetFullPath(path))!);
                articles.Add(new Article(path, new DocumentInfo(id, DateOf(id, path, published, manifest))));
            }
            else
            {
                throw new CliException($"'{path}' is neither a file nor a folder.");
            }
        }

        return articles;
    }

    public static string ReadText(string path) => Decode(path, File.ReadAllBytes(path));

    public static async Task<string> ReadTextAsync(string path, CancellationToken cancellationToken) =>
        Decode(path, await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false));

    private static string Decode(string path, byte[] bytes)
    {
        try
        {
            var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            throw new CliException($"'{path}' is not valid UTF-8 text.");
        }
    }

    private static IEnumerable<Article> FromFolder(string folder, DateOnly? published)
    {
        var manifest = ReadManifest(folder);
        var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        if (manifest is not null)
        {
            // The manifest's order is the corpus order; files it does not list follow in name order.
            var listed = manifest.Keys.Select(id => Path.Combine(folder, id + ".txt")).Where(File.Exists).ToList();
            files = [.. listed, .. files.Except(listed, StringComparer.Ordinal)];
        }

        foreach (var file in files)
        {
            var id = Path.GetFileNameWithoutExtension(file);
            yield return new Article(file, new DocumentInfo(id, DateOf(id, file, published, manifest)));
        }
    }

    private static DateOnly DateOf(string id, string path, DateOnly? published, Dictionary<string, DateOnly>? manifest)
    {
        if (published is { } given)
        {
            return given;
        }

        if (manifest is not null && manifest.TryGetValue(id, out var listed))
        {
            return listed;
        }

        var prefix = DatePrefix().Match(id);
        if (prefix.Success && DateOnly.TryParseExact(prefix.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var fromName))
        {
            return fromName;
        }

        throw new CliException($"No publication date for '{path}': pass --published YYYY-MM-DD or list it in a manifest.json.");
    }

    private static Dictionary<string, DateOnly>? ReadManifest(string folder)
    {
        var path = Path.Combine(folder, ManifestName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            if (json.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new CliException($"'{path}' must be a JSON list of objects with 'id' and 'published'.");
            }

            var entries = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
            var index = 0;
            foreach (var entry in json.RootElement.EnumerateArray())
            {
                index++;
                if (entry.ValueKind != JsonValueKind.Object
                    || !entry.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String
                    || !entry.TryGetProperty("published", out var date) || date.ValueKind != JsonValueKind.String)
                {
                    throw new CliException($"'{path}': entry {index} needs a string 'id' and a string 'published'.");
                }

                if (!DateOnly.TryParseExact(date.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var published))
                {
                    throw new CliException($"'{path}': entry {index} has published '{date.GetString()}', which is not a YYYY-MM-DD date.");
                }

                entries[id.GetString()!] = published;
            }

            return entries;
        }
        catch (JsonException e)
        {
            throw new CliException($"'{path}' is not valid JSON: {e.Message}");
        }
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex DatePrefix();
}
