using RuLatAm.Claims.Cleaning;

namespace RuLatAm.Claims.Tests.Cleaning;

/// <summary>Which paragraphs of a scraped page the cleaner keeps as body.</summary>
public sealed class TextCleanerTests
{
    private const string Sentence = "The foreign minister of Paraguay said on Friday that the talks would resume in March.";

    [Fact]
    public void FindBody_ParagraphPrintedTwice_KeepsTheFirstOnly()
    {
        const string Caption = "Ministers from both countries at the signing ceremony in the capital";
        var text = $"{Caption}.\n\n{Sentence}\n\n{Caption}.";

        Body(text).Should().Equal($"{Caption}.", Sentence);
    }

    [Fact]
    public void FindBody_ShortLinesRepeated_AreNotTakenForRepeats()
    {
        var text = "It rained.\n\nIt rained.";

        Body(text).Should().Equal("It rained.", "It rained.");
    }

    [Theory]
    [InlineData("Read more")]
    [InlineData("Copyright 2024 The Daily Example. All rights reserved.")]
    [InlineData("Sign up for our newsletter.")]
    [InlineData("Photo: Example Agency")]
    [InlineData("By Maria Gonzalez and Ivan Petrov, Staff Writers")]
    [InlineData("BY ANA LOPEZ | March 3, 2021")]
    [InlineData("Subscribe now")]
    [InlineData("We use cookies to give you the best experience on our site.")]
    public void FindBody_PageFurniture_IsDropped(string furniture)
    {
        const string Next = "Officials in Asuncion declined to comment on the report on Saturday.";

        Body($"{Sentence}\n{furniture}\n{Next}").Should().Equal(Sentence, Next);
    }

    [Theory]
    [InlineData("LIMA, Oct 3 (Reuters) - ")]
    [InlineData("CARACAS (AP) \u2014 ")]
    [InlineData("BUENOS AIRES, Argentina, March 10, 2021 (AFP) -- ")]
    [InlineData("SAO PAULO \u2013 ")]
    public void FindBody_WireDateline_IsCutFromTheFirstSentence(string dateline)
    {
        var text = dateline + Sentence;

        var body = TextCleaner.Default.FindBody(text);

        body.Should().ContainSingle().Which.Start.Should().Be(dateline.Length);
    }

    [Theory]
    [InlineData("U.S. - Russian trade fell by a third in March, the ministry said.")]
    [InlineData("NATO - the alliance Moscow distrusts most - held drills near the border.")]
    [InlineData("OPEC members met in Vienna on Friday.")]
    public void FindBody_CapitalisedOpeningThatIsNoDateline_IsKept(string paragraph) =>
        Body(paragraph).Should().Equal(paragraph);

    [Theory]
    [InlineData("By Monday, the delegation from Quito had left the summit.")]
    [InlineData("By 2030 Brazil plans to double its exports of beef to China.")]
    [InlineData("By refusing the loan, Bolivia signalled its distance from the fund.")]
    [InlineData("Ecuador does not subscribe to the view that the sanctions are legal.")]
    [InlineData("The ministry asked foreign firms to sign up to the new registry by June.")]
    public void FindBody_BodyParagraphsThatLookLikeFurniture_AreKept(string paragraph)
    {
        Body($"{Sentence}\n{paragraph}").Should().Equal(Sentence, paragraph);
    }

    [Fact]
    public void FindBody_SpansPointIntoTheInput()
    {
        var text = $"  Menu\n\n   {Sentence}   \n";

        var body = TextCleaner.Default.FindBody(text);

        body.Should().ContainSingle().Which.Of(text).Should().Be(Sentence);
    }

    [Fact]
    public void FindBody_WholePageOnOneEnormousLine_IsKeptAsBody()
    {
        // Furniture words inside a long paragraph do not make it furniture; the patterns are not even tried on it.
        var text = string.Concat(Enumerable.Repeat("Subscribe to the cookie policy, said the minister of the interior. ", 30_000));

        TextCleaner.Default.FindBody(text).Should().ContainSingle().Which.Length.Should().Be(text.TrimEnd().Length);
    }

    [Fact]
    public void FindBody_HundredsOfThousandsOfDistinctLines_KeepsThemAll()
    {
        var text = string.Join("\n", Enumerable.Range(0, 200_000).Select(i => $"Entry {i} of a long list of things reported."));

        TextCleaner.Default.FindBody(text).Should().HaveCount(200_000);
    }

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

    private static string[] Body(string text) => [.. TextCleaner.Default.FindBody(text).Select(span => span.Of(text))];
}
