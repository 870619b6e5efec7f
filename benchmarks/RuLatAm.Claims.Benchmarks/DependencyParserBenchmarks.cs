using BenchmarkDotNet.Attributes;
using RuLatAm.Claims.Parsing;
using RuLatAm.Claims.Tagging;
using RuLatAm.Claims.Tokenization;

namespace RuLatAm.Claims.Benchmarks;

/// <summary>
/// Parser throughput on tagged news-like sentences (invented here). Each operation parses the whole set once;
/// tokens per second = <see cref="TokenCount"/> / mean time.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerTokenConfig))]
public class DependencyParserBenchmarks : ITokenCounted
{
    private static readonly string[] Sentences =
    [
        "The foreign minister of Peru said on Tuesday that his government would sign a new trade agreement with Moscow next month.",
        "Officials in Caracas confirmed that two Russian bombers had landed at an airport near the capital after a long flight.",
        "\"We will not accept any interference in our internal affairs,\" the spokesman told reporters in Brasilia.",
        "The deal, which was signed by both presidents during the summit, covers energy, mining and agriculture.",
        "According to the ministry, the delegation is expected to meet business leaders and visit a nuclear research centre.",
        "Argentina and Chile have asked the United Nations to send observers to the disputed region before the vote.",
        "Critics of the plan, including several opposition lawmakers, argued that it would leave the country dependent on foreign loans.",
        "The ambassador, a former army officer, declined to comment on reports that the talks had collapsed.",
        "Prices for wheat and fertiliser rose sharply after the announcement, traders in Sao Paulo said.",
        "Bolivia's lithium reserves have attracted investors from China, Russia and the United States in recent years.",
    ];

    private readonly List<(string[] Words, PosTags Tags, string[] Lemmas)> _tagged = [];

    /// <summary>Tokens parsed per operation.</summary>
    public int TokenCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        foreach (var sentence in Sentences)
        {
            var words = Tokenizer.Default.Tokenize(sentence).Select(t => sentence[t.Start..t.End]).ToArray();
            var tags = PosTagger.Default.Tag(words);
            var lemmas = words.Select((w, i) => Lemmatizer.Default.Lemmatize(w, tags.Upos[i], tags.Xpos[i])).ToArray();
            _tagged.Add((words, tags, lemmas));
            TokenCount += words.Length;
        }

        // Load the model here so that its one-off read is not what gets measured.
        _ = Parse();
        Console.WriteLine($"// {TokenCount} tokens per operation");
    }

    [Benchmark]
    [PerToken]
    public int Parse()
    {
        var roots = 0;
        foreach (var (words, tags, lemmas) in _tagged)
        {
            roots += DependencyParser.Default.Parse(words, tags.Upos, tags.Xpos, lemmas).Heads[0];
        }

        return roots;
    }
}
