namespace RuLatAm.Claims.Benchmarks;

/// <summary>The corpus articles as one text, read from the repository at set-up time.</summary>
internal static class BenchmarkCorpus
{
    public static string AllArticles()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var articles = Path.Combine(folder.FullName, "corpus", "articles");
            if (Directory.Exists(articles))
            {
                return string.Join("\n\n", Directory.GetFiles(articles, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
            }
        }

        throw new InvalidOperationException("corpus/articles not found above the benchmark's folder.");
    }
}
