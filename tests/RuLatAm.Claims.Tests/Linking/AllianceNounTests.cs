namespace RuLatAm.Claims.Tests.Linking;

/// <summary>"The bloc", "the group" refer back to the alliance the article named last, unless an unnamed group came since.</summary>
public sealed class AllianceNounTests
{
    [Fact]
    public void Extract_TheBlocAfterANamedAlliance_IsThatAlliance()
    {
        var claims = Building.InventedArticle.Extract(
            "Mercosur was founded in 1991 by four South American states. The bloc's aim is to expand its trade with Asia.");

        claims.Should().ContainSingle(c => c.Action.Lemma == "expand").Which.Actor.Canonical.Should().Be("Mercosur");
    }

    [Fact]
    public void Extract_TheGroupAfterAnUnnamedGroup_IsNoAlliance()
    {
        var claims = Building.InventedArticle.Extract(
            "Mercosur was founded in 1991. Later, a group of farmers protested in Asuncion. The group blocked the main road.");

        claims.Should().NotContain(c => c.Action.Lemma == "block");
    }
}
