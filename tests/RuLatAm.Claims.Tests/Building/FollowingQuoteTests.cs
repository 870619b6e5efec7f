namespace RuLatAm.Claims.Tests.Building;

/// <summary>A quotation right after an attributed one, with only the attribution between, is the same speaker's.</summary>
public sealed class FollowingQuoteTests
{
    [Fact]
    public void Extract_QuotationAfterAnAttributedOne_HasTheSameSpeaker()
    {
        var send = InventedArticle.Extract("\u201CWe want peace,\u201D Lula told reporters. \u201CBrazil is not going to send weapons.\u201D")
            .Should().ContainSingle(c => c.Action.Lemma == "send").Subject;

        send.Source!.Canonical.Should().Be("Luiz Inacio Lula da Silva");
        send.Source.Kind.Should().Be(SourceKind.Direct);
    }

    [Fact]
    public void Extract_QuotationInANewParagraph_HasNoInheritedSpeaker() =>
        InventedArticle.Extract("\u201CWe want peace,\u201D Lula told reporters.\n\n\u201CBrazil is not going to send weapons.\u201D")
            .Should().ContainSingle(c => c.Action.Lemma == "send").Which.Source.Should().BeNull();
}
