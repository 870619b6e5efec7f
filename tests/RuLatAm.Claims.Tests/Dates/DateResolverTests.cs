using RuLatAm.Claims.Dates;

namespace RuLatAm.Claims.Tests.Dates;

public sealed class DateResolverTests
{
    private static readonly DateOnly Tuesday = new(2020, 3, 3);

    private static string? Resolve(string phrase, Tense tense = Tense.Past, ResolvedDate? anchor = null) =>
        DateResolver.Default.Resolve(phrase, Tuesday, tense, anchor)?.ToIso();

    [Theory]
    [InlineData("on Friday", Tense.Future, "2020-03-06")] // published on a Tuesday: the next Friday
    [InlineData("on Friday", Tense.Past, "2020-02-28")] // past verb: the Friday before
    [InlineData("on Tuesday", Tense.Past, "2020-03-03")] // the publication day itself
    [InlineData("on Tuesday", Tense.Future, "2020-03-03")]
    public void Resolve_Weekday_FollowsTheVerbTense(string phrase, Tense tense, string expected) =>
        Resolve(phrase, tense).Should().Be(expected);

    [Theory]
    [InlineData("the summit")]
    [InlineData("")]
    [InlineData("  ,. ")]
    [InlineData("on Friday and more words")]
    public void Resolve_NotATimePhrase_IsNull(string phrase) => Resolve(phrase).Should().BeNull();

    [Theory]
    [InlineData("Friday,", "2020-02-28")]
    [InlineData("(2014)", "2014")]
    [InlineData("in may", "2019-05")] // a phrase known to be a date may be lower-case
    [InlineData("LAST YEAR", "2019")]
    public void Resolve_PhraseWithMarksOrOddCase_StillResolves(string phrase, string expected) =>
        Resolve(phrase).Should().Be(expected);

    [Fact]
    public void Resolve_WithoutAnchor_EqualsResolveWithNullAnchor() =>
        DateResolver.Default.Resolve("last December", Tuesday, Tense.Past)
            .Should().Be(DateResolver.Default.Resolve("last December", Tuesday, Tense.Past, anchor: null));

    [Fact]
    public void Resolve_AbsolutePhrase_IgnoresTheAnchor() =>
        Resolve("in 2011", anchor: ResolvedDate.Day(new DateOnly(2015, 6, 1))).Should().Be("2011");

    [Fact]
    public void Resolve_DateInsideTheEvent_WinsOverTheAnchor() =>
        Resolve("a day after the May 9 parade", anchor: ResolvedDate.Day(new DateOnly(2015, 6, 1))).Should().Be("2019-05-10");

    [Fact]
    public void Resolve_NextFewDaysWithFutureVerb_IgnoresTheAnchor() =>
        Resolve("over the next few days", Tense.Future, ResolvedDate.Month(2020, 1)).Should().BeNull();

    [Fact]
    public void Resolve_DependsOnThePublicationDateOnly()
    {
        DateResolver.Default.Resolve("today", new DateOnly(1999, 12, 31), Tense.Present)!.ToIso().Should().Be("1999-12-31");
        DateResolver.Default.Resolve("today", new DateOnly(2031, 1, 2), Tense.Present)!.ToIso().Should().Be("2031-01-02");
    }

    [Fact]
    public void Resolve_BeyondTheCalendar_IsNullNotAnException()
    {
        DateResolver.Default.Resolve("tomorrow", DateOnly.MaxValue, Tense.Future).Should().BeNull();
        DateResolver.Default.Resolve("yesterday", DateOnly.MinValue, Tense.Past).Should().BeNull();
        Resolve("999 centuries ago").Should().BeNull();
    }

    [Fact]
    public void Resolve_ImpossibleDay_IsNull() => Resolve("on February 30, 2019").Should().BeNull();

    [Fact]
    public void Resolve_NullPhrase_ThrowsNamingTheParameter() =>
        FluentActions.Invoking(() => DateResolver.Default.Resolve(null!, Tuesday, Tense.Past))
            .Should().Throw<ArgumentNullException>().WithParameterName("phrase");
}
