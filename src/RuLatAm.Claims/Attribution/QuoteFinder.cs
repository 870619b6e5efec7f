namespace RuLatAm.Claims.Attribution;

/// <summary>Finds the passages of a text inside quotation marks, straight, curly or angled («»), across sentences.</summary>
/// <remarks>Thread-safe.</remarks>
public sealed class QuoteFinder
{
    /// <summary>A shared finder.</summary>
    public static QuoteFinder Default { get; } = new();

    /// <summary>Finds the quoted passages inside <paramref name="region"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="region">Where to look, usually a paragraph.</param>
    /// <returns>Spans of the quoted words, without the marks, in text order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<TextSpan> Find(string text, TextSpan region)
    {
        ArgumentNullException.ThrowIfNull(text);
        var quotes = new List<TextSpan>();
        var open = -1;
        for (var i = region.Start; i < region.End; i++)
        {
            var c = text[i];
            if (c is '\u201C' or '\u00AB' || (c == '"' && open < 0))
            {
                open = i + 1;
            }
            else if (c is '\u201D' or '\u00BB' or '"' && open >= 0)
            {
                if (i > open)
                {
                    quotes.Add(new TextSpan(open, i));
                }

                open = -1;
            }
        }

        return quotes;
    }
}
