namespace RuLatAm.Claims.Tests.Building;

/// <summary>"X was quoted as saying by Y": one statement by X, according to X via Y, whose quotation sources what it says.</summary>
public sealed class CitedSpeechTests
{
    private const string Sentence = "\u201CWe will help our friends,\u201D Ryabkov was quoted as saying by the Interfax news agency.";

    [Fact]
    public void Extract_QuotedAsSayingByAMedium_QuotesTheWordsViaTheMedium()
    {
        var say = InventedArticle.Extract(Sentence).Should().ContainSingle(c => c.Action.Lemma == "say").Subject;

        say.Actor.Canonical.Should().Be("Sergei Ryabkov");
        say.Quote!.Text.Should().StartWith("We will help our friends");
        say.Source!.Kind.Should().Be(SourceKind.AccordingTo);
        say.Source.Via.Should().Be("Interfax");
    }

    [Fact]
    public void Extract_EventInsideACitedQuotation_HasTheCitedSpeakerAsSource()
    {
        var help = InventedArticle.Extract(Sentence).Should().ContainSingle(c => c.Action.Lemma == "help").Subject;

        help.Actor.Canonical.Should().Be("Russia");
        help.Source!.Canonical.Should().Be("Sergei Ryabkov");
    }
}
