using RuLatAm.Claims.Cleaning;

namespace RuLatAm.Claims.Tests.Cleaning;

/// <summary>Which paragraphs of a scraped page the cleaner keeps as body.</summary>
public sealed class TextCleanerTests
{
    private static List<string> Body(string text) => TextCleaner.Default.FindBody(text).Select(span => span.Of(text)).ToList();

    [Fact]
    public void FindBody_CaptionWithGluedCredit_KeepsTheCaptionWithoutTheCredit()
    {
        var body = Body("Peru Buys Helicopters\nThe Peruvian navy has bought two helicopters.Photo: Agency\nThe deal was signed on Monday.");

        body.Should().Equal("The Peruvian navy has bought two helicopters.", "The deal was signed on Monday.");
    }

    [Fact]
    public void FindBody_UnpunctuatedCaptionRepeatedWithItsCredit_KeepsTheFirstOnly()
    {
        var body = Body("Chile has sent troops to the northern border\nChile has sent troops to the northern borderFile photo: Agency\nThe move surprised Lima.");

        body.Should().Equal("Chile has sent troops to the northern border", "The move surprised Lima.");
    }

    [Fact]
    public void FindBody_ParagraphStartingWithAnEarlierHeadline_IsNotARepeat()
    {
        var body = Body("Chile and its neighbours\nChile and its neighbours have signed a pact. They met in Lima.");

        body.Should().Equal("Chile and its neighbours have signed a pact. They met in Lima.");
    }
}
