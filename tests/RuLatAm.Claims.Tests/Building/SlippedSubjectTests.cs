namespace RuLatAm.Claims.Tests.Building;

/// <summary>A name that opens the clause after a fronted phrase is the subject, even when parsed as one more conjunct.</summary>
public sealed class SlippedSubjectTests
{
    [Fact]
    public void Extract_NameAfterAFrontedPhraseWithACoordination_IsTheActor()
    {
        var claims = InventedArticle.Extract("After new tariffs on Japan and Korea, Moscow is quietly courting Brazil.");

        var court = claims.Should().ContainSingle(c => c.Action.Lemma == "court").Subject;
        court.Actor.Canonical.Should().Be("Russia");
        court.Target!.Canonical.Should().Be("Brazil");
    }
}
