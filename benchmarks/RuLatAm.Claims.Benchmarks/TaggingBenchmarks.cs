using BenchmarkDotNet.Attributes;
using RuLatAm.Claims.Sentences;
using RuLatAm.Claims.Tagging;
using RuLatAm.Claims.Tokenization;

namespace RuLatAm.Claims.Benchmarks;

/// <summary>Tags and lemmatizes the words of the bundled corpus articles, sentence by sentence.</summary>
/// <remarks>Tokens per second: the word count printed in setup divided by the mean time.</remarks>
[MemoryDiagnoser]
[Config(typeof(PerTokenConfig))]
public class TaggingBenchmarks : ITokenCounted
{
    private string[][] _sentences = [];

    /// <summary>Words per operation.</summary>
    public int TokenCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var sentences = new List<string[]>();
        foreach (var file in Directory.GetFiles(FindArticles(), "*.txt").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            var tokens = Tokenizer.Default.Tokenize(text);
            foreach (var sentence in SentenceSplitter.Default.Split(text, tokens))
            {
                var words = new string[sentence.TokenCount];
                for (var i = 0; i < words.Length; i++)
                {
                    var token = tokens[sentence.FirstToken + i];
                    words[i] = text.Substring(token.Start, token.Length);
                }

                sentences.Add(words);
            }
        }

        _sentences = [.. sentences];
        TokenCount = _sentences.Sum(s => s.Length);
        Console.WriteLine($"// {_sentences.Sum(s => s.Length)} words in {_sentences.Length} sentences");
        _ = TagAndLemmatize();
    }

    [Benchmark]
    [PerToken]
    public int Tag()
    {
        var count = 0;
        foreach (var words in _sentences)
        {
            count += PosTagger.Default.Tag(words).Upos.Length;
        }

        return count;
    }

    [Benchmark]
    [PerToken]
    public int TagAndLemmatize()
    {
        var count = 0;
        foreach (var words in _sentences)
        {
            var tags = PosTagger.Default.Tag(words);
            for (var i = 0; i < words.Length; i++)
            {
                count += Lemmatizer.Default.Lemmatize(words[i], tags.Upos[i], tags.Xpos[i]).Length;
            }
        }

        return count;
    }

    /// <summary>Reading both models from the assembly, as the first call does (without its JIT cost).</summary>
    [Benchmark]
    public int LoadModels()
    {
        using var tagger = ModelFile.OpenEmbedded(TaggerModel.FileName, TaggerModel.Tag, TaggerModel.Version);
        using var lemmatizer = ModelFile.OpenEmbedded(LemmaModel.FileName, LemmaModel.Tag, LemmaModel.Version);
        return TaggerModel.Read(tagger).Upos.Length + (LemmaModel.Read(lemmatizer) is null ? 0 : 1);
    }

    private static string FindArticles()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var articles = Path.Combine(folder.FullName, "corpus", "articles");
            if (Directory.Exists(articles))
            {
                return articles;
            }
        }

        throw new DirectoryNotFoundException("corpus/articles was not found above the benchmark's folder.");
    }
}
