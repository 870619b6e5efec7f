using RuLatAm.Claims.Cleaning;

namespace RuLatAm.Claims.Tests.Cleaning;

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
    public void FindBody_ParagraphStartingWithAnEarlierOne_IsDropped()
    {
        // Long enough (over sixteen words) not to be taken for a headline though it has no full stop.
        const string Caption = "Ministers of both countries shake hands at the signing ceremony held in the old palace of the capital on Friday";
        var text = $"{Sentence}\n\n{Caption}\n\n{Caption} as the talks on trade and energy came to an end.";

        Body(text).Should().Equal(Sentence, Caption);
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
    public void FindBody_PageFurniture_IsDropped(string furniture)
    {
        const string Next = "Officials in Asuncion declined to comment on the report on Saturday.";

        Body($"{Sentence}\n{furniture}\n{Next}").Should().Equal(Sentence, Next);
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

    private static string[] Body(string text) => [.. TextCleaner.Default.FindBody(text).Select(span => span.Of(text))];
}
