using RuLatAm.Claims.Attribution;

namespace RuLatAm.Claims.Tests.Building;

/// <summary>Angled quotation marks («…»), common in translated news, quote as curly and straight ones do.</summary>
public sealed class AngledQuoteTests
{
    [Fact]
    public void Find_AngledMarks_GiveThePassageBetweenThem()
    {
        const string text = "He said: \u00ABWe respect Peru.\u00BB Then he left.";

        var quote = QuoteFinder.Default.Find(text, new TextSpan(0, text.Length)).Should().ContainSingle().Subject;

        quote.Of(text).Should().Be("We respect Peru.");
    }

    [Fact]
    public void Extract_AngledQuoteBeforeItsSpeaker_IsADirectStatement()
    {
        var tell = InventedArticle.Extract("\u00ABWe respect Mexico's sovereignty,\u00BB Lavrov told the newspaper.")
            .Should().ContainSingle(c => c.Action.Lemma == "tell").Subject;

        tell.Actor.Canonical.Should().Be("Sergei Lavrov");
        tell.Source!.Kind.Should().Be(SourceKind.Direct);
        tell.Quote!.Text.Should().StartWith("We respect Mexico's sovereignty");
    }
}
