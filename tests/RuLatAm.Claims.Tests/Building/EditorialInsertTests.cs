namespace RuLatAm.Claims.Tests.Building;

/// <summary>Square brackets inside a quotation hold the editor's words: events there are not the speaker's.</summary>
public sealed class EditorialInsertTests
{
    [Fact]
    public void Extract_EventInBracketsInsideAQuote_HasNoSource()
    {
        var build = InventedArticle.Extract("\u201CThe three ports [built by China, ed.] are now busy,\u201D said Arce.")
            .Should().ContainSingle(c => c.Action.Lemma == "build").Subject;

        build.Source.Should().BeNull();
    }

    [Fact]
    public void Extract_SameEventWithoutBrackets_IsTheSpeakers()
    {
        var build = InventedArticle.Extract("\u201CThe three ports built by China are now busy,\u201D said Arce.")
            .Should().ContainSingle(c => c.Action.Lemma == "build").Subject;

        build.Source!.Canonical.Should().Be("Luis Arce");
    }
}
