namespace RuLatAm.Claims.Dates;

/// <summary>Resolves a time phrase to an ISO date against the publication date, following ANNOTATION.md sections 3.4 and 6.</summary>
/// <remarks>
/// <para>
/// Never reads the clock: the publication date is always an argument. Thread-safe. The phrase is read with the same
/// grammar <see cref="DateFinder"/> uses, so any phrase the finder returns can be resolved, or is known to have no
/// value: vague words and named periods ("recently", "since then", "during the Cold War", "for decades") and
/// phrases before "before" or "after" resolve to null.
/// </para>
/// <para>
/// Weekdays and months without a year follow the verb's tense (past: the last one; future: the next one; present,
/// which gives no direction: the nearest one; a weekday naming the publication day itself is that day). "last month", "last year" and "last December" follow the
/// calendar; "this week" is Monday to Sunday of the publication week; "over the past N years" runs from N years
/// before publication to publication. For words that count from "today" inside a quote that the text dates
/// otherwise, pass that date as <c>published</c>.
/// </para>
/// </remarks>
public sealed class DateResolver
{
    private const int StackTokens = 64;

    /// <summary>A shared resolver.</summary>
    public static DateResolver Default { get; } = new();

    /// <summary>Resolves <paramref name="phrase"/>.</summary>
    /// <param name="phrase">The time phrase as written.</param>
    /// <param name="published">The publication date.</param>
    /// <param name="tense">The tense of the predicate it dates.</param>
    /// <returns>The resolved date, or null when the phrase cannot be resolved.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="phrase"/> is null.</exception>
    public ResolvedDate? Resolve(string phrase, DateOnly published, Tense tense) => Resolve(phrase, published, tense, anchor: null);

    /// <summary>
    /// Resolves <paramref name="phrase"/>, counting phrases that depend on an earlier dated event from
    /// <paramref name="anchor"/>: "two days ahead of the arrival" is the anchor minus two days, "over the next few
    /// days" after a past verb and "later that year" take the anchor's own resolution, "the next day" the day after it.
    /// </summary>
    /// <param name="phrase">The time phrase as written.</param>
    /// <param name="published">The publication date.</param>
    /// <param name="tense">The tense of the predicate it dates.</param>
    /// <param name="anchor">
    /// The resolved date of the earlier event the phrase counts from (usually the last dated event of the article), or
    /// null when there is none. Phrases that do not count from an event ignore it; a date written inside the phrase
    /// ("two days before the July 4 vote") wins over it.
    /// </param>
    /// <returns>The resolved date, or null when the phrase cannot be resolved.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="phrase"/> is null.</exception>
    public ResolvedDate? Resolve(string phrase, DateOnly published, Tense tense, ResolvedDate? anchor)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        // A time phrase is short: its tokens fit on the stack, rather than in an array for every phrase resolved.
        var tokens = phrase.Length <= StackTokens ? stackalloc DateToken[StackTokens] : new DateToken[phrase.Length];
        var count = DateTokenizer.Tokenize(phrase, tokens, anyCase: true);
        var span = tokens[..count];
        var first = 0;
        var end = count;
        // Leading and trailing marks ("Friday,", "(2014)") do not change the value; an apostrophe before a decade does.
        while (first < end && span[first].Kind == DateTokenKind.Punctuation && !(first + 1 < end && span[first + 1].Has(DateTokenFlags.Decade)))
        {
            first++;
        }

        while (end > first && span[end - 1].Kind == DateTokenKind.Punctuation)
        {
            end--;
        }

        if (first == end)
        {
            return null;
        }

        var parser = new DateParser(phrase, span[..end]);
        if (parser.Match(first) != end)
        {
            return null;
        }

        var interpreter = new DateInterpreter(parser, published, tense, anchor);
        try
        {
            return interpreter.Interpret(parser.Result);
        }
        catch (ArgumentOutOfRangeException)
        {
            // Past the years DateOnly holds ("in 900 decades", a publication date of 9999-12-31): no value, not a crash.
            return null;
        }
    }
}
