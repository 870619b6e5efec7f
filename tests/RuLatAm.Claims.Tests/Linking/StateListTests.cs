namespace RuLatAm.Claims.Tests.Linking;

/// <summary>"The N countries" after a list of N states stands for each of them (joint actors).</summary>
public sealed class StateListTests
{
    [Fact]
    public void Extract_TheThreeCountriesAfterAListOfThree_GivesOneClaimPerState()
    {
        var claims = Building.InventedArticle.Extract(
            "Lavrov toured Peru, Chile and Ecuador last week. The three countries are now seeking closer ties with Moscow.");

        claims.Where(c => c.Action.Lemma == "seek").Select(c => c.Actor.Canonical)
            .Should().BeEquivalentTo(["Peru", "Chile", "Ecuador"]);
    }

    [Fact]
    public void Extract_CountThatMatchesNoList_ResolvesToNoState()
    {
        var claims = Building.InventedArticle.Extract(
            "Lavrov toured Peru, Chile and Ecuador last week. The two countries are now seeking closer ties with Moscow.");

        claims.Should().NotContain(c => c.Action.Lemma == "seek");
    }
}
