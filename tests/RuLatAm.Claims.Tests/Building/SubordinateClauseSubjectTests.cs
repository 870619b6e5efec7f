namespace RuLatAm.Claims.Tests.Building;

/// <summary>"since X took office": the name after a word that is both preposition and conjunction is the clause's subject.</summary>
public sealed class SubordinateClauseSubjectTests
{
    [Fact]
    public void Extract_NameAfterSinceBeforeAFiniteVerb_IsItsActor()
    {
        var claims = InventedArticle.Extract("The embassy has stayed closed for years since Daniel Ortega returned to office.");

        claims.Should().ContainSingle(c => c.Action.Lemma == "return").Which.Actor.Canonical.Should().Be("Daniel Ortega");
    }

    [Fact]
    public void Extract_NameAfterSinceWithNoVerb_IsNoActor()
    {
        var claims = InventedArticle.Extract("Brasilia has held no summit with Buenos Aires since Javier Milei\u2019s election.");

        claims.Should().NotContain(c => c.Actor.Canonical == "Javier Milei");
    }
}
