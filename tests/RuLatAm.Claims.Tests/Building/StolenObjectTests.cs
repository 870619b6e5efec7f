namespace RuLatAm.Claims.Tests.Building;

/// <summary>"After meeting X, Y said …" parsed with X as one more subject of "said": Y speaks, and X is who was met.</summary>
public sealed class StolenObjectTests
{
    private const string Sentence = "After meeting Diaz-Canel, Putin said the two countries shared a common understanding of the threats.";

    [Fact]
    public void Extract_SubjectAfterAnOpeningGerund_IsTheSpeaker() =>
        InventedArticle.Extract(Sentence).Should().ContainSingle(c => c.Action.Lemma == "say").Which.Actor.Canonical.Should().Be("Vladimir Putin");

    [Fact]
    public void Extract_NameRightAfterTheGerund_IsItsTarget()
    {
        var meet = InventedArticle.Extract(Sentence).Should().ContainSingle(c => c.Action.Lemma == "meet").Subject;

        meet.Actor.Canonical.Should().Be("Vladimir Putin");
        meet.Target!.Canonical.Should().Be("Miguel Diaz-Canel");
    }
}
