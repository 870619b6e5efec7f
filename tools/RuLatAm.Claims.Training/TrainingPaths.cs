namespace RuLatAm.Claims.Training;

/// <summary>Where the repository, the shared corpora and the library's resources are, found from the working folder up.</summary>
internal static class TrainingPaths
{
    /// <summary>The repository root: the nearest folder up from here that holds RuLatAm.Claims.sln.</summary>
    /// <exception cref="InvalidOperationException">No folder up from here holds the solution.</exception>
    public static string Root()
    {
        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "RuLatAm.Claims.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the repository: no folder up from here holds RuLatAm.Claims.sln.");
    }

    /// <summary>The shared corpora, ../shared/data beside the repository.</summary>
    public static string SharedData() => Path.GetFullPath(Path.Combine(Root(), "..", "shared", "data"));

    /// <summary>The library's embedded resources folder.</summary>
    public static string Resources() => Path.Combine(Root(), "src", "RuLatAm.Claims", "Resources");

    /// <summary>A path as the repository sees it, with forward slashes, for score files that must not depend on the machine.</summary>
    public static string Relative(string path) => Path.GetRelativePath(Root(), path).Replace('\\', '/');
}
