using RuLatAm.Claims.Dates;

namespace RuLatAm.Claims.Tests.Dates;

public sealed class ResolvedDateTests
{
    // The suite runs under tr-TR: these also prove the formatting is culture-free.
    [Fact]
    public void ToIso_EachPrecision_WritesTheGuidelineForm()
    {
        ResolvedDate.Day(new DateOnly(2014, 7, 11)).ToIso().Should().Be("2014-07-11");
        ResolvedDate.Month(2013, 12).ToIso().Should().Be("2013-12");
        ResolvedDate.Year(2021).ToIso().Should().Be("2021");
        ResolvedDate.Range(new DateOnly(2014, 7, 15), new DateOnly(2014, 7, 16)).ToIso().Should().Be("2014-07-15/2014-07-16");
    }

    [Fact]
    public void Month_CoversTheWholeMonth() =>
        ResolvedDate.Month(2016, 2).Should().Be(new ResolvedDate(new DateOnly(2016, 2, 1), new DateOnly(2016, 2, 29), DatePrecision.Month));

    [Fact]
    public void Range_EndBeforeStart_ThrowsNamingTheParameter() =>
        FluentActions.Invoking(() => ResolvedDate.Range(new DateOnly(2014, 7, 16), new DateOnly(2014, 7, 15)))
            .Should().Throw<ArgumentException>().WithParameterName("end");
}
