namespace RuLatAm.Claims.Tests.Building;

/// <summary>An active verb coordinated with a passive shares the passive's subject, not its agent.</summary>
public sealed class PassiveThenActiveTests
{
    [Fact]
    public void Extract_ActiveVerbAfterPassiveWithAgent_IsThePassiveSubjects()
    {
        var claims = InventedArticle.Extract("Cuba has been hit by severe blackouts and is seeking fuel from Russia.");

        claims.Should().ContainSingle(c => c.Action.Lemma == "seek").Which.Actor.Canonical.Should().Be("Cuba");
    }

    [Fact]
    public void Extract_PassiveVerbsCoordinated_KeepTheirAgent()
    {
        var claims = InventedArticle.Extract("The deal was negotiated by Rosneft and signed by Sechin in Caracas.");

        claims.Should().ContainSingle(c => c.Action.Lemma == "sign").Which.Actor.Canonical.Should().Be("Igor Sechin");
    }
}
