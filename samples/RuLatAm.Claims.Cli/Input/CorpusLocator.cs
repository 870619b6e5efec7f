namespace RuLatAm.Claims.Cli.Input;

/// <summary>Finds the bundled corpus/ folder from the working directory or the tool's own location, walking upwards.</summary>
internal static class CorpusLocator
{
    public static string Find(string child)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "corpus", child);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new CliException($"No corpus/{child} folder found above '{Directory.GetCurrentDirectory()}': pass it explicitly.");
    }
}
