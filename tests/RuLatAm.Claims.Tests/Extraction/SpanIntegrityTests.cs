namespace RuLatAm.Claims.Tests.Extraction;

public sealed class SpanIntegrityTests
{
    private static readonly DocumentInfo Info = new("test", new DateOnly(2020, 3, 3));

    [Theory]
    [InlineData("The Brazilian president said on Monday that his government would sign a trade deal with Argentina.")]
    [InlineData("\u201CWe will respond,\u201D said Mexico's foreign minister.\nMexico's foreign minister met with his Peruvian counterpart.")]
    [InlineData("Chile's president visited Beijing.Paraguay's leader met the U.S. envoy on Friday.")]
    public void Extract_EverySpan_EqualsTheInputAtItsOffsets(string text)
    {
        var claims = ClaimExtractor.Default.Extract(text, Info).Claims;

        claims.Should().NotBeEmpty();
        foreach (var claim in claims)
        {
            claim.Actor.Span.Of(text).Should().Be(claim.Actor.Text);
            claim.Action.Span.Of(text).Should().Be(claim.Action.Text);
            claim.Evidence.Span.Of(text).Should().Be(claim.Evidence.Text);
            claim.Evidence.Span.Contains(claim.Action.Span).Should().BeTrue();
            if (claim.Target is { } target)
            {
                target.Span.Of(text).Should().Be(target.Text);
            }

            if (claim.Date is { } date)
            {
                date.Span.Of(text).Should().Be(date.Text);
            }

            if (claim.Quote is { } quote)
            {
                quote.Span.Of(text).Should().Be(quote.Text);
            }

            if (claim.Source is { } source)
            {
                source.Span.Of(text).Should().Be(source.Text);
            }
        }
    }

    [Fact]
    public void Extract_NullText_ThrowsNamingTheParameter() =>
        FluentActions.Invoking(() => ClaimExtractor.Default.Extract(null!, Info))
            .Should().Throw<ArgumentNullException>().WithParameterName("text");

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void Extract_BlankText_GivesNoClaims(string text) =>
        ClaimExtractor.Default.Extract(text, Info).Claims.Should().BeEmpty();
}
