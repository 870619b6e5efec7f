namespace RuLatAm.Claims.Tests.Building;

/// <summary>A "we" inside a quote stands for the speaker's state or body.</summary>
public sealed class QuotedWeTests
{
    [Fact]
    public void Extract_WeInsideAMinistersQuote_IsTheMinistersState()
    {
        var claims = InventedArticle.Extract("\u201CWe will send more engineers to Caracas,\u201D said Sergei Lavrov.");

        var send = claims.Should().ContainSingle(c => c.Action.Lemma == "send").Subject;
        send.Actor.Canonical.Should().Be("Russia");
        send.Source!.Canonical.Should().Be("Sergei Lavrov");
    }

    [Fact]
    public void Extract_WeInsideAQuoteOfAnUnknownSpeaker_MakesNoClaim()
    {
        var claims = InventedArticle.Extract("\u201CWe will send more engineers to Caracas,\u201D said Tomas Quintero, a farmer.");

        claims.Should().NotContain(c => c.Action.Lemma == "send");
    }
}
