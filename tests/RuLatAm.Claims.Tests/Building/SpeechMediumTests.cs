namespace RuLatAm.Claims.Tests.Building;

/// <summary>Where something was said ("on Twitter", "in a statement") is neither its addressee nor part of its quote.</summary>
public sealed class SpeechMediumTests
{
    private const string Sentence = "Nicolas Maduro denounced the sanctions. \u201CThis is economic war,\u201D he wrote on Twitter.";

    [Fact]
    public void Extract_WroteOnAMedium_HasNoAddressee() =>
        InventedArticle.Extract(Sentence).Should().ContainSingle(c => c.Action.Lemma == "write").Which.Target.Should().BeNull();

    [Fact]
    public void Extract_QuoteBeforeReportWithAMedium_IsTheQuotedWordsAlone()
    {
        var write = InventedArticle.Extract(Sentence).Should().ContainSingle(c => c.Action.Lemma == "write").Subject;

        write.Quote!.Text.Should().StartWith("This is economic war");
        write.Source!.Kind.Should().Be(SourceKind.Direct);
    }

    [Fact]
    public void Extract_CalledOn_KeepsTheAddressee() =>
        InventedArticle.Extract("Lavrov called on Washington to lift the blockade of Cuba.")
            .Should().Contain(c => c.Action.Lemma == "call" && c.Target != null && c.Target.Canonical == "United States");
}
