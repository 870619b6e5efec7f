using RuLatAm.Claims.Entities;
using RuLatAm.Claims.Parsing;
using RuLatAm.Claims.Sentences;
using RuLatAm.Claims.Tagging;
using RuLatAm.Claims.Tokenization;

namespace RuLatAm.Claims.Analysis;

/// <summary>One sentence after the language layer: words with their spans, tags, lemmas, entities and tree.</summary>
/// <param name="Text">The whole input text the spans point into.</param>
/// <param name="Sentence">The sentence's place in the document's tokens.</param>
/// <param name="Tokens">The sentence's tokens, one per word.</param>
/// <param name="Words">The words as strings.</param>
/// <param name="Tags">POS tags of the words.</param>
/// <param name="Lemmas">Lemmas of the words.</param>
/// <param name="Entities">Named entities over the words.</param>
/// <param name="Tree">The dependency tree.</param>
internal sealed record AnalyzedSentence(
    string Text,
    Sentence Sentence,
    Token[] Tokens,
    string[] Words,
    PosTags Tags,
    string[] Lemmas,
    EntitySpan[] Entities,
    DependencyTree Tree)
{
    public int Count => Words.Length;

    public string Upos(int word) => Tags.Upos[word];

    public TextSpan SpanOf(int first, int end) => new(Tokens[first].Start, Tokens[end - 1].End);
}
