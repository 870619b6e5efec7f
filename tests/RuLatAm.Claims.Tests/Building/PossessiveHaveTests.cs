namespace RuLatAm.Claims.Tests.Building;

/// <summary>Possessive "have" makes no claim; "have talks" does.</summary>
public sealed class PossessiveHaveTests
{
    [Fact]
    public void Extract_NegatedPossessiveHave_MakesNoClaim()
    {
        var claims = InventedArticle.Extract("Xi Jinping visited Brasilia in May. Yet he has not had a close friendship with Lula since Donald Trump came to power.");

        claims.Should().NotContain(c => c.Action.Lemma == "have");
        claims.Should().Contain(c => c.Action.Lemma == "visit");
    }

    [Fact]
    public void Extract_HaveTalks_StillMakesAClaim()
    {
        var claims = InventedArticle.Extract("Vladimir Putin had talks with Xi Jinping in Beijing on Monday.");

        claims.Should().Contain(c => c.Actor.Canonical == "Vladimir Putin");
    }
}
