using System.Buffers;

namespace RuLatAm.Claims.Dates;

/// <summary>
/// Finds time phrases in a region of text, each with its governing preposition as ANNOTATION.md section 3.4 writes
/// them: "on Friday", "in December 2013", "on July 15 and 16", "until last year", "over the past several years",
/// "two days ahead of the vote", "during the Cold War".
/// </summary>
/// <remarks>
/// Thread-safe. A hand-written scanner: the region is tokenised into a stack buffer (pooled for long regions) and
/// the longest phrase is taken at each token, so a region without a time phrase allocates nothing and one with
/// phrases allocates only the returned list and its strings. "May" and "March" count only capitalised and, alone,
/// only after a preposition ("in May"); numbers count as years only when they stand free ("$2018", "2,018" and
/// "2000 troops" do not).
/// </remarks>
public sealed class DateFinder
{
    // Tokens of a sentence fit on the stack; a longer region borrows a pooled buffer.
    private const int StackTokens = 256;

    /// <summary>A shared finder.</summary>
    public static DateFinder Default { get; } = new();

    /// <summary>Finds the time phrases inside <paramref name="region"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="region">Where to look, usually one sentence.</param>
    /// <returns>Non-overlapping phrases in text order, with spans into <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="region"/> does not lie inside <paramref name="text"/>.</exception>
    public IReadOnlyList<DateExpression> Find(string text, TextSpan region)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (region.Start < 0 || region.Length < 0 || region.End > text.Length)
        {
            throw new ArgumentOutOfRangeException(
                nameof(region), region, $"The region must lie inside the text (0 to {text.Length}) and not end before it starts.");
        }

        var input = text.AsSpan(region.Start, region.Length);
        DateToken[]? rented = null;
        var buffer = input.Length <= StackTokens ? stackalloc DateToken[StackTokens] : (rented = ArrayPool<DateToken>.Shared.Rent(input.Length));
        try
        {
            var tokens = buffer[..DateTokenizer.Tokenize(input, buffer)];
            return Scan(text, region.Start, input, tokens) ?? (IReadOnlyList<DateExpression>)[];
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<DateToken>.Shared.Return(rented);
            }
        }
    }

    private static List<DateExpression>? Scan(string text, int offset, ReadOnlySpan<char> input, ReadOnlySpan<DateToken> tokens)
    {
        List<DateExpression>? found = null;
        var parser = new DateParser(input, tokens);
        var i = 0;
        while (i < tokens.Length)
        {
            var end = DateParser.CanStart(tokens[i], input) ? parser.Match(i) : -1;
            if (end <= i)
            {
                i++;
                continue;
            }

            var start = offset + tokens[i].Start;
            var length = offset + parser.EndOffset(end) - start;
            found ??= [];
            found.Add(new DateExpression(new TextSpan(start, start + length), text.Substring(start, length)));
            i = end;
        }

        return found;
    }
}
