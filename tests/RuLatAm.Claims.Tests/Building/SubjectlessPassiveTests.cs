namespace RuLatAm.Claims.Tests.Building;

/// <summary>A passive with neither subject nor agent ("it remains to be decided") makes no claim; the clause it frames does.</summary>
public sealed class SubjectlessPassiveTests
{
    [Fact]
    public void Extract_RemainsToBeDecided_MakesNoClaimButKeepsTheQuestion()
    {
        var claims = InventedArticle.Extract(
            "China signed a trade deal with Peru. After the election of a new president in Lima, it remains to be decided whether China can keep its foothold.");

        claims.Should().NotContain(c => c.Action.Lemma == "decide");
        claims.Should().Contain(c => c.Action.Lemma == "keep" && c.Actor.Canonical == "China");
    }
}
