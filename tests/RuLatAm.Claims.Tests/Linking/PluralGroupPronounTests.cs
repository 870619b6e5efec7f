namespace RuLatAm.Claims.Tests.Linking;

/// <summary>A subject "they" right after a plural group subject ("Chilean officials") refers to that group's state.</summary>
public sealed class PluralGroupPronounTests
{
    [Fact]
    public void Extract_TheyAfterPluralOfficials_ResolvesToTheirState()
    {
        var claims = Building.InventedArticle.Extract("Chilean officials met the Russian envoy on Monday. They said that talks went well.");

        claims.Should().ContainSingle(c => c.Action.Lemma == "say").Which.Actor.Canonical.Should().Be("Chile");
    }

    [Fact]
    public void Extract_TheyAfterANamedPerson_ResolvesToNoOne()
    {
        var claims = Building.InventedArticle.Extract("Lavrov met the Chilean envoy on Monday. They said that talks went well.");

        claims.Should().NotContain(c => c.Action.Lemma == "say");
    }
}
