namespace RuLatAm.Claims.Tests.Building;

/// <summary>'"…," said Title Name': the name after the speech verb is the speaker, however the parser read it.</summary>
public sealed class InvertedSpeakerTests
{
    [Fact]
    public void Extract_QuoteThenSaidTitleAndName_IsTheNamedSpeakersStatement()
    {
        var said = InventedArticle.Extract("\"This is a historic day for our people,\" said Peruvian President Ollanta Humala after signing the deal with Rosatom.")
            .Should().ContainSingle(c => c.Action.Lemma == "say").Subject;

        said.Actor.Canonical.Should().Be("Ollanta Humala");
        said.Quote!.Text.Should().Be("This is a historic day for our people,");
    }
}
