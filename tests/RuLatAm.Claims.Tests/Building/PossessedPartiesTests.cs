namespace RuLatAm.Claims.Tests.Building;

/// <summary>"A's B and C's D" as the parties of a deal: B and D act, both in the deal and in its aim.</summary>
public sealed class PossessedPartiesTests
{
    [Fact]
    public void Extract_DealSignedBetweenPossessedCompanies_GivesEachCompanyTheDealAndItsAim()
    {
        var claims = InventedArticle.Extract(
            "One case is the accord signed between Chile’s Codelco and Japan’s Mitsui to mine lithium in the Atacama desert, Chile.");

        claims.Where(c => c.Action.Lemma == "sign").Select(c => c.Actor.Canonical).Should().BeEquivalentTo("Codelco", "Mitsui");
        claims.Where(c => c.Action.Lemma == "mine").Select(c => c.Actor.Canonical).Should().BeEquivalentTo("Codelco", "Mitsui");
    }
}
