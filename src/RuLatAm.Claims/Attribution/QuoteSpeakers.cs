namespace RuLatAm.Claims.Attribution;

/// <summary>Remembers who said each quoted passage, so that quoted sentences that follow carry their speaker as source.</summary>
internal sealed class QuoteSpeakers
{
    private readonly List<(TextSpan Quote, SourceMention Speaker)> _speakers = [];

    public void Attribute(TextSpan quote, SourceMention speaker) => _speakers.Add((quote, speaker));

    public SourceMention? SpeakerOf(TextSpan quote)
    {
        foreach (var (span, speaker) in _speakers)
        {
            if (span == quote)
            {
                return speaker with { Kind = SourceKind.Direct };
            }
        }

        return null;
    }
}
