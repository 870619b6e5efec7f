using CsCheck;
using RuLatAm.Claims.Dates;

namespace RuLatAm.Claims.Tests.Dates;

/// <summary>Invariants of the finder and the resolver over any input, not only the phrases of the specs.</summary>
public sealed class DateProperties
{
    // Words and marks the grammar reacts to, so that random sentences reach deep into it.
    private static readonly string[] Pieces =
    [
        "on", "in", "since", "until", "by", "from", "between", "before", "after", "during", "over", "for", "within", "the", "a", "an",
        "last", "next", "this", "past", "coming", "previous", "following", "same", "that", "early", "mid", "late", "end", "of",
        "first", "second", "half", "quarter", "earlier", "later", "ago", "ahead", "prior", "to", "and", "eve", "day", "days",
        "week", "weeks", "weekend", "month", "months", "year", "years", "decade", "decades", "century", "today", "Today",
        "yesterday", "tomorrow", "tonight", "morning", "night", "recently", "then", "few", "several", "two", "twenty", "-",
        "one", "some", "about", "more", "than", "over", "May", "may", "March", "July", "December", "Dec", "Sept", ".", ",", "'",
        "’", "$", "%", "/", "Monday", "Friday", "Sunday", "Friday's", "1", "9", "15", "15th", "31", "32", "00", "13", "90s",
        "1990s", "1800", "1999", "2014", "2099", "2100", "9999", "2,018", "Cold", "War", "II", "administration", "era",
        "Putin's", "vote", "troops", "elections", "spring", "so", "far", "near", "future", "\u00A0", "(", ")",
    ];

    private static readonly Gen<string> DateLikeText =
        Gen.Select(Gen.OneOf(Pieces), Gen.OneOf(" ", " ", " ", "", "\n")).Array[0, 14]
            .Select(parts => string.Concat(parts.Select(p => p.Item1 + p.Item2)));

    private static readonly Gen<string> AnyText = Gen.Frequency((1, (IGen<string>)Gen.String), (3, DateLikeText));

    private static readonly Gen<DateOnly> Published = Gen.Int[0, 73_413].Select(days => new DateOnly(1900, 1, 1).AddDays(days));

    private static readonly Gen<ResolvedDate?> Anchors = Gen.Select(Published, Gen.Int[0, 4], Gen.Int[0, 400]).Select(t => t.Item2 switch
    {
        0 => null,
        1 => ResolvedDate.Day(t.Item1),
        2 => ResolvedDate.Month(t.Item1.Year, t.Item1.Month),
        3 => ResolvedDate.Year(t.Item1.Year),
        _ => ResolvedDate.Range(t.Item1, t.Item1.AddDays(t.Item3)),
    });

    [Fact]
    public void Find_AnyText_GivesSpansInBoundsInOrderAndNonOverlapping() =>
        AnyText.Sample(text =>
        {
            var found = DateFinder.Default.Find(text, new TextSpan(0, text.Length));
            var previousEnd = 0;
            foreach (var phrase in found)
            {
                phrase.Span.Start.Should().BeGreaterThanOrEqualTo(previousEnd);
                phrase.Span.End.Should().BeGreaterThan(phrase.Span.Start).And.BeLessThanOrEqualTo(text.Length);
                phrase.Span.Of(text).Should().Be(phrase.Text);
                previousEnd = phrase.Span.End;
            }
        }, iter: 5_000);

    [Fact]
    public void Find_AnyRegion_StaysInsideTheRegion() =>
        Gen.Select(AnyText, Gen.Int[0, 100], Gen.Int[0, 100]).Sample((text, a, b) =>
        {
            var start = Math.Min(a, b) * text.Length / 100;
            var end = Math.Max(a, b) * text.Length / 100;
            var region = new TextSpan(start, end);
            foreach (var phrase in DateFinder.Default.Find(text, region))
            {
                region.Contains(phrase.Span).Should().BeTrue();
            }
        }, iter: 2_000);

    [Fact]
    public void Resolve_AnyPhraseAnyDate_NeverThrowsAndGivesAnOrderedRange() =>
        Gen.Select(AnyText, Published, Gen.Enum<Tense>(), Anchors).Sample((phrase, published, tense, anchor) =>
        {
            var resolved = DateResolver.Default.Resolve(phrase, published, tense, anchor);
            if (resolved is not null)
            {
                resolved.End.Should().BeOnOrAfter(resolved.Start);
                resolved.ToIso().Should().NotBeEmpty();
            }
        }, iter: 5_000);

    [Fact]
    public void Resolve_EveryFoundPhrase_NeverThrows() =>
        Gen.Select(DateLikeText, Published, Gen.Enum<Tense>(), Anchors).Sample((text, published, tense, anchor) =>
        {
            foreach (var phrase in DateFinder.Default.Find(text, new TextSpan(0, text.Length)))
            {
                _ = DateResolver.Default.Resolve(phrase.Text, published, tense, anchor);
            }
        }, iter: 3_000);
}
