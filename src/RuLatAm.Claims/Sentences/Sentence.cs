namespace RuLatAm.Claims.Sentences;

/// <summary>A sentence: a run of tokens and the span of text they cover.</summary>
/// <param name="FirstToken">Index of the sentence's first token.</param>
/// <param name="EndToken">Index one past its last token.</param>
/// <param name="Span">From the start of the first token to the end of the last.</param>
public readonly record struct Sentence(int FirstToken, int EndToken, TextSpan Span)
{
    /// <summary>Number of tokens in the sentence.</summary>
    public int TokenCount => EndToken - FirstToken;
}
