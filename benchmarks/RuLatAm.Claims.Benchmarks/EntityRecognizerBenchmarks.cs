using BenchmarkDotNet.Attributes;
using RuLatAm.Claims.Analysis;
using RuLatAm.Claims.Entities;
using RuLatAm.Claims.Sentences;
using RuLatAm.Claims.Tagging;
using RuLatAm.Claims.Tokenization;

namespace RuLatAm.Claims.Benchmarks;

/// <summary>
/// The entity recognizer alone over the corpus articles' sentences, and the whole language layer (tokens,
/// sentences, tags, lemmas, entities) over the same text; divide the word count by the time for words per second.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerTokenConfig))]
public class EntityRecognizerBenchmarks : ITokenCounted
{
    private string _text = "";
    private string[][] _sentences = [];
    private string[][] _upos = [];
    private readonly EntityVocabulary _vocabulary = new(new ulong[(1 << EntityVocabulary.Bits) / 64]);

    /// <summary>Words in the text.</summary>
    public int TokenCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkCorpus.AllArticles();
        var tokens = Tokenizer.Default.Tokenize(_text);
        var sentences = new List<string[]>();
        foreach (var sentence in SentenceSplitter.Default.Split(_text, tokens))
        {
            var words = new string[sentence.TokenCount];
            for (var i = 0; i < words.Length; i++)
            {
                var token = tokens[sentence.FirstToken + i];
                words[i] = _text.Substring(token.Start, token.Length);
            }

            sentences.Add(words);
        }

        _sentences = [.. sentences];
        _upos = [.. _sentences.Select(s => PosTagger.Default.Tag(s).Upos)];
        TokenCount = _sentences.Sum(s => s.Length);
        _ = EntityRecognizer.Default.Recognize(["Warm", "up"], ["VERB", "ADP"]);
        Console.WriteLine($"// {TokenCount} words in {_sentences.Length} sentences");
    }

    [Benchmark]
    [PerToken]
    public int Recognize()
    {
        var entities = 0;
        for (var s = 0; s < _sentences.Length; s++)
        {
            entities += EntityRecognizer.Default.Recognize(_sentences[s], _upos[s]).Length;
        }

        return entities;
    }

    /// <summary>Only the features: catalogue marks, word hashes and observation buckets, no scoring.</summary>
    [Benchmark]
    [PerToken]
    public int Features()
    {
        var sum = 0;
        Span<int> buckets = stackalloc int[EntityFeatures.MaxObservations];
        foreach (var words in _sentences)
        {
            var marks = new byte[words.Length];
            EntityGazetteer.Default.Mark(words, marks);
            var features = new EntityFeatures(words, marks, 19, _vocabulary);
            for (var i = 0; i < words.Length; i++)
            {
                sum += features.Observation(i, buckets);
            }
        }

        return sum;
    }

    /// <summary>What the first use pays: reading and unpacking the embedded model.</summary>
    [Benchmark]
    public int LoadModel()
    {
        using var stream = typeof(EntityRecognizer).Assembly.GetManifestResourceStream("RuLatAm.Claims.ner.bin")!;
        return EntityModel.Read(stream).Rows.Length;
    }

    [Benchmark]
    [PerToken]
    public int LanguageLayer() => TextAnalyzer.Default.Analyze(_text, removePageFurniture: false, CancellationToken.None).Count;
}
