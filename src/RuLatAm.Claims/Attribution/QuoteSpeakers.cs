namespace RuLatAm.Claims.Attribution;

/// <summary>Remembers who said each quoted passage, so that quoted sentences that follow carry their speaker as source.</summary>
internal sealed class QuoteSpeakers
{
    private const int MaxAttributionLength = 120;

    private static readonly System.Buffers.SearchValues<char> s_quoteMarks = System.Buffers.SearchValues.Create("\"\u201C\u201D\u00AB\u00BB");

    private readonly List<(TextSpan Quote, SourceMention Speaker)> _speakers = [];

    public void Attribute(TextSpan quote, SourceMention speaker) => _speakers.Add((quote, speaker));

    /// <summary>Who said a quoted passage: its own speaker, else the speaker of the passage just before it in the same
    /// paragraph (`"A," he said. "B."`), when nothing but the attribution lies between.</summary>
    public SourceMention? SpeakerOf(TextSpan quote, string text)
    {
        (TextSpan Quote, SourceMention Speaker)? before = null;
        foreach (var (span, speaker) in _speakers)
        {
            if (span == quote)
            {
                return speaker with { Kind = SourceKind.Direct };
            }

            if (span.End <= quote.Start && (before is null || span.End > before.Value.Quote.End))
            {
                before = (span, speaker);
            }
        }

        return before is var (previous, said) && IsAttributionOnly(text.AsSpan(previous.End, quote.Start - previous.End))
            ? said with { Kind = SourceKind.Direct }
            : null;
    }

    // `," he told reporters. "`: one short sentence, no paragraph break and no other quotation.
    private static bool IsAttributionOnly(ReadOnlySpan<char> gap) =>
        gap.Length is >= 2 and <= MaxAttributionLength && gap.IndexOfAny('\n', '\r') < 0 && gap[1..^1].IndexOfAny(s_quoteMarks) < 0;
}
