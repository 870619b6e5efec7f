using RuLatAm.Claims.Dates;

namespace RuLatAm.Claims.Tests.Dates;

public sealed class DateFinderTests
{
    private static IReadOnlyList<DateExpression> FindAll(string text) => DateFinder.Default.Find(text, new TextSpan(0, text.Length));

    [Fact]
    public void Find_SentenceWithSeveralPhrases_GivesExactSpansInTextOrder()
    {
        const string text = "On Monday the envoy said that talks held in March 2019 had failed, and that a new round would start next week.";

        FindAll(text).Should().Equal(
            new DateExpression(new TextSpan(0, 9), "On Monday"),
            new DateExpression(new TextSpan(41, 54), "in March 2019"),
            new DateExpression(new TextSpan(100, 109), "next week"));
    }

    [Fact]
    public void Find_Region_GivesSpansIntoTheWholeTextAndNothingOutsideTheRegion()
    {
        const string text = "Lima hosted a forum on Friday. Quito will reply in 2011 or over the next two weeks.";

        var found = DateFinder.Default.Find(text, new TextSpan(31, text.Length));

        found.Should().Equal(
            new DateExpression(new TextSpan(48, 55), "in 2011"),
            new DateExpression(new TextSpan(59, 82), "over the next two weeks"));
    }

    [Theory]
    [InlineData("Officials may visit the refinery in Quito soon.")] // "may" the modal
    [InlineData("May the negotiations succeed, the archbishop said.")] // "May" opening a wish
    [InlineData("Students march to the square every spring break.")] // "march" the verb
    [InlineData("The march through Caracas ended peacefully.")] // "march" the noun
    [InlineData("Theresa May received the Chilean envoy.")] // a name
    [InlineData("The bill was backed by May's ministers.")] // a possessive name after "by"
    [InlineData("Moscow offered $2018 per tonne of grain.")] // a price
    [InlineData("The court received 2,018 petitions.")] // a thousands separator
    [InlineData("Some 1,000 troops joined the drills.")] // a count with a separator
    [InlineData("The navy moved 2000 sailors to the port.")] // a count without one
    [InlineData("The Su-2030 concept jet was shown.")] // part of a model name
    [InlineData("Russia Today aired the interview.")] // a broadcaster
    [InlineData("Turnout rose to 2012.5 thousand.")] // a decimal
    [InlineData("The tunnel opened three weeks ahead of schedule.")] // ahead of schedule is no event
    public void Find_WordsThatOnlyLookLikeDates_FindsNothing(string text) => FindAll(text).Should().BeEmpty();

    [Theory]
    [InlineData("Fans packed the stadium for the 2018 World Cup.", "2018")]
    [InlineData("The 2014 elections in Bolivia were peaceful.", "2014")]
    [InlineData("Ministers will meet in May.", "in May")]
    [InlineData("Ministers met last March in Lima.", "last March")]
    [InlineData("Ministers met on\u00A0Friday in Lima.", "on\u00A0Friday")] // a non-breaking space, as scraped pages have
    [InlineData("Today's summit opened in Quito.", "Today")]
    public void Find_DateThatAContextRuleAllows_IsFound(string text, string phrase) =>
        FindAll(text).Select(d => d.Text).Should().Equal(phrase);

    [Fact]
    public void Find_OffsetFromAnEvent_EndsAtTheEventsPunctuation() =>
        FindAll("Two days ahead of the vote in Lima, the army deployed.").Select(d => d.Text)
            .Should().Equal("Two days ahead of the vote in Lima");

    [Fact]
    public void Find_OffsetFromAnEvent_EndsBeforeAClauseWord() =>
        FindAll("The fleet left two days after the summit ended because of the storm.").Select(d => d.Text)
            .Should().Equal("two days after the summit ended");

    [Fact]
    public void Find_RegionLongerThanTheStackBuffer_FindsPhrasesAtItsEnd()
    {
        var text = string.Concat(Enumerable.Repeat("The delegation toured the port and the shipyard again. ", 20)) + "It left on Friday.";

        FindAll(text).Should().ContainSingle().Which.Span.Should().Be(new TextSpan(text.Length - 10, text.Length - 1));
    }

    [Fact]
    public void Find_NoTimePhrase_ReturnsEmpty() => FindAll("The delegation toured the port.").Should().BeEmpty();

    [Fact]
    public void Find_EmptyRegion_ReturnsEmpty() => DateFinder.Default.Find("on Friday", new TextSpan(3, 3)).Should().BeEmpty();

    [Fact]
    public void Find_NullText_ThrowsNamingTheParameter() =>
        FluentActions.Invoking(() => DateFinder.Default.Find(null!, default))
            .Should().Throw<ArgumentNullException>().WithParameterName("text");

    [Fact]
    public void Find_RegionPastTheEnd_ThrowsNamingTheParameter() =>
        FluentActions.Invoking(() => DateFinder.Default.Find("on Friday", new TextSpan(0, 10)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("region");
}
