using RuLatAm.Claims.Analysis;

namespace RuLatAm.Claims.Parsing;

/// <summary>The parser's working memory for one sentence: the hashed words and the transition state.</summary>
internal sealed class ParseScratch(int capacity) : ISentenceScratch
{
    public int Capacity => capacity;

    public ParserWords Words { get; } = ParserWords.WithCapacity(capacity);

    public ParseState State { get; } = ParseState.WithCapacity(capacity);
}
