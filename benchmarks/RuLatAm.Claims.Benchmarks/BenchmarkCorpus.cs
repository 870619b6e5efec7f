namespace RuLatAm.Claims.Benchmarks;

/// <summary>The corpus articles, read from the repository at set-up time.</summary>
internal static class BenchmarkCorpus
{
    /// <summary>All articles as one text, for stages that do not care where an article ends.</summary>
    public static string AllArticles() => string.Join("\n\n", Articles());

    /// <summary>Each article's text, in name order.</summary>
    public static IReadOnlyList<string> Articles()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var articles = Path.Combine(folder.FullName, "corpus", "articles");
            if (Directory.Exists(articles))
            {
                return [.. Directory.GetFiles(articles, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];
            }
        }

        throw new InvalidOperationException("corpus/articles not found above the benchmark's folder.");
    }
}
