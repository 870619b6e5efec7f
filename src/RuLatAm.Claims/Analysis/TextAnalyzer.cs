using RuLatAm.Claims.Cleaning;
using RuLatAm.Claims.Entities;
using RuLatAm.Claims.Parsing;
using RuLatAm.Claims.Sentences;
using RuLatAm.Claims.Tagging;
using RuLatAm.Claims.Tokenization;

namespace RuLatAm.Claims.Analysis;

/// <summary>Runs the language layer: clean-up, tokens, sentences, tags, lemmas, entities, dependency trees.</summary>
internal sealed class TextAnalyzer(
    TextCleaner cleaner,
    Tokenizer tokenizer,
    SentenceSplitter splitter,
    PosTagger tagger,
    Lemmatizer lemmatizer,
    EntityRecognizer recognizer,
    DependencyParser parser)
{
    // Lazy so that the models are read on first analysis, not when the type is first touched.
    private static readonly Lazy<TextAnalyzer> s_default = new(LoadDefault);

    public static TextAnalyzer Default => s_default.Value;

    // The models do not depend on one another: read side by side, a cold start costs the slowest, not the sum.
    private static TextAnalyzer LoadDefault()
    {
        var parser = Task.Run(() => DependencyParser.Default);
        var recognizer = Task.Run(() => EntityRecognizer.Default);
        var lemmas = Task.Run(() => LemmaModel.Embedded);
        _ = TaggerModel.Embedded;
        lemmas.GetAwaiter().GetResult();
        return new(
            TextCleaner.Default, Tokenizer.Default, SentenceSplitter.Default, PosTagger.Default, Lemmatizer.Default,
            recognizer.GetAwaiter().GetResult(), parser.GetAwaiter().GetResult());
    }

    public IReadOnlyList<AnalyzedSentence> Analyze(string text, bool removePageFurniture, CancellationToken cancellationToken)
    {
        IReadOnlyList<TextSpan> regions = removePageFurniture ? cleaner.FindBody(text) : [new TextSpan(0, text.Length)];
        var result = new List<AnalyzedSentence>();
        foreach (var region in regions)
        {
            var tokens = tokenizer.Tokenize(text, region);
            foreach (var sentence in splitter.Split(text, tokens))
            {
                cancellationToken.ThrowIfCancellationRequested();
                result.Add(AnalyzeSentence(text, tokens, sentence));
            }
        }

        return result;
    }

    private AnalyzedSentence AnalyzeSentence(string text, IReadOnlyList<Token> tokens, Sentence sentence)
    {
        var count = sentence.TokenCount;
        var own = new Token[count];
        var words = new string[count];
        for (var i = 0; i < count; i++)
        {
            own[i] = tokens[sentence.FirstToken + i];
            words[i] = lemmatizer.Word(text, own[i].Start, own[i].Length);
        }

        var tags = tagger.Tag(words);
        PlaceNameTags.Repair(words, tags);
        ModalVerbTags.Repair(words, tags, lemmatizer);
        var lemmas = new string[count];
        for (var i = 0; i < count; i++)
        {
            lemmas[i] = lemmatizer.Lemmatize(words[i], tags.Upos[i], tags.Xpos[i]);
        }

        var entities = recognizer.Recognize(words, tags.Upos);
        var tree = parser.Parse(words, tags.Upos, tags.Xpos, lemmas);
        return new AnalyzedSentence(text, sentence, own, words, tags, lemmas, entities, tree);
    }
}
