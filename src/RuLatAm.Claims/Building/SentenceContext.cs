using RuLatAm.Claims.Analysis;
using RuLatAm.Claims.Dates;
using RuLatAm.Claims.Parsing;

namespace RuLatAm.Claims.Building;

/// <summary>What the claim builder knows while it reads one sentence.</summary>
/// <param name="Text">The whole input.</param>
/// <param name="Sentence">The analysed sentence.</param>
/// <param name="Tree">Its dependency tree.</param>
/// <param name="Quotes">Quoted passages of the whole text (spans without the marks).</param>
/// <param name="Dates">Time phrases of the sentence.</param>
/// <param name="Info">The document's id and publication date.</param>
internal sealed record SentenceContext(
    string Text,
    AnalyzedSentence Sentence,
    TreeView Tree,
    IReadOnlyList<TextSpan> Quotes,
    IReadOnlyList<DateExpression> Dates,
    DocumentInfo Info)
{
    private string? _sentenceText;

    /// <summary>The sentence as written, made once and shared by the evidence of all its claims.</summary>
    public string SentenceText => _sentenceText ??= Sentence.Sentence.Span.Of(Text);

    public TextSpan SpanOf(int first, int end) => Sentence.SpanOf(first, end);

    public TextSpan? QuoteAround(TextSpan span)
    {
        foreach (var quote in Quotes)
        {
            if (quote.Contains(span))
            {
                return quote;
            }
        }

        return null;
    }
}
