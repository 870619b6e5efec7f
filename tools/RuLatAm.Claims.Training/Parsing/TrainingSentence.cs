using RuLatAm.Claims.Parsing;
using RuLatAm.Claims.Tagging;

namespace RuLatAm.Claims.Training.Parsing;

/// <summary>A gold sentence prepared for the oracle: tags (possibly noisy), lemmas from the library's lemmatizer,
/// projective gold heads with the root at index <c>Count</c>, and relation indices.</summary>
internal sealed class TrainingSentence
{
    private TrainingSentence(ConlluSentence gold, ParserWords words, int[] heads, int[] relations)
    {
        Gold = gold;
        Words = words;
        Heads = heads;
        Relations = relations;
    }

    public ConlluSentence Gold { get; }

    public ParserWords Words { get; }

    public int[] Heads { get; }

    public int[] Relations { get; }

    public int Count => Gold.Count;

    public static TrainingSentence Create(ConlluSentence gold, string[] upos, string[] xpos, RelationSet relations)
    {
        var lemmas = new string[gold.Count];
        for (var i = 0; i < gold.Count; i++)
        {
            lemmas[i] = Lemmatizer.Default.Lemmatize(gold.Words[i], upos[i], xpos[i]);
        }

        var heads = new int[gold.Count];
        var labels = new int[gold.Count];
        for (var i = 0; i < gold.Count; i++)
        {
            heads[i] = gold.Heads[i] < 0 ? gold.Count : gold.Heads[i];
            labels[i] = relations.IndexOf(gold.Relations[i]);
        }

        return new TrainingSentence(gold, ParserWords.Create(gold.Words, upos, xpos, lemmas), Projectivizer.Lift(heads), labels);
    }
}
