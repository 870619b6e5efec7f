namespace RuLatAm.Claims.Tests.Building;

/// <summary>A speech verb with a noun object inside another report is an act the report tells of, not a second statement.</summary>
public sealed class ReportedActTests
{
    [Fact]
    public void Extract_SpeechVerbWithNounObjectInsideAReport_IsAnEventOnThatObject()
    {
        var confirm = InventedArticle.Extract("Lima says it has confirmed the new fishing agreement with Chile.")
            .Should().ContainSingle(c => c.Action.Lemma == "confirm").Subject;

        confirm.Kind.Should().Be(ClaimKind.Event);
        confirm.Target!.Text.Should().StartWith("the new fishing agreement");
        confirm.Source!.Canonical.Should().Be("Peru");
    }

    [Theory]
    [InlineData("Arce has announced a new gas plan.")]               // not inside a report
    [InlineData("Arce welcomed the vote and announced a new gas plan.")] // coordinated, not embedded
    public void Extract_SpeechVerbNotEmbeddedInAReport_StaysAStatement(string sentence) =>
        InventedArticle.Extract(sentence).Should().ContainSingle(c => c.Action.Lemma == "announce")
            .Which.Kind.Should().Be(ClaimKind.Statement);
}
