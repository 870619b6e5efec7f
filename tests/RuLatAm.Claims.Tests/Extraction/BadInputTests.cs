namespace RuLatAm.Claims.Tests.Extraction;

public sealed class BadInputTests
{
    private static readonly DocumentInfo Info = new("bad", new DateOnly(2020, 3, 3));

    public static TheoryData<string, string> Inputs => new()
    {
        { "lone surrogates", "Peru's president met \uD800 Chile's leader on Tuesday. Lima\uDC00 confirmed it." },
        { "noncharacters", "Bolivia\uFFFE signed the deal with Russia\uFFFF on Monday." },
        { "control characters", "Cuba\0 and\u0001 Russia\u0007 signed\u001B a deal." },
        { "markup", "<html><body><div class=\"nav\">Home | News</div><p>Ecuador's president visited Moscow.</p><script>var x = \"a\";</script></body></html>" },
        { "no punctuation", string.Join(' ', Enumerable.Repeat("the minister of Peru met the president of Russia in Lima", 300)) },
        { "one enormous line", string.Concat(Enumerable.Repeat("Chile's foreign minister met his Russian counterpart. ", 5000)) },
        { "only marks", new string('"', 10_000) + new string('.', 10_000) + new string('\u2014', 10_000) },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Extract_BadInput_GivesClaimsWhoseSpansPointIntoTheText(string kind, string text)
    {
        var claims = ClaimExtractor.Default.Extract(text, Info).Claims;

        foreach (var claim in claims)
        {
            claim.Actor.Span.Of(text).Should().Be(claim.Actor.Text, kind);
            claim.Evidence.Span.Of(text).Should().Be(claim.Evidence.Text, kind);
        }
    }

    [Fact]
    public void Extract_TextOverTheLimit_ThrowsNamingTheLimit()
    {
        var extractor = ClaimExtractor.Create(new ClaimExtractorOptions { MaxInputLength = 100 });

        var extract = () => extractor.Extract(new string('a', 101), Info);

        extract.Should().Throw<ArgumentException>().WithMessage("*limit is 100*");
    }
}
