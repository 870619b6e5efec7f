namespace RuLatAm.Claims.Tests.Building;

/// <summary>"championed by former President X" with "by" itself read as the oblique: X is still the agent.</summary>
public sealed class StrandedAgentTests
{
    [Fact]
    public void Extract_ParticipleWithAStrandedBy_IsTheNamedAgentsAct()
    {
        var claims = InventedArticle.Extract(
            "The council was formed in 2009 as part of an effort championed by former Venezuelan President Carlos Perez.");

        claims.Should().ContainSingle(c => c.Action.Lemma == "champion").Which.Actor.Canonical.Should().Be("Carlos Perez");
    }
}
