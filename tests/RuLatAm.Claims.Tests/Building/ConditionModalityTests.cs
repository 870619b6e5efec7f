namespace RuLatAm.Claims.Tests.Building;

/// <summary>Predicates inside a condition or an open question are only possible (corpus/README.md, modality).</summary>
public sealed class ConditionModalityTests
{
    [Fact]
    public void Extract_InvertedConditionWithShould_IsPossible()
    {
        var claims = InventedArticle.Extract("Moreover, should Brazil approve the new accord with Russia, exports would grow.");

        var approve = claims.Should().ContainSingle(c => c.Action.Lemma == "approve").Subject;
        approve.Modality.Should().Be(Modality.Possible);
        approve.Action.Text.Should().Be("approve", "the fronted auxiliary stands before the actor");
    }

    [Fact]
    public void Extract_PredicateInsideAWhetherClause_IsPossible()
    {
        var claims = InventedArticle.Extract("The open question is whether Brazil is able to buy more fertilizer from Russia.");

        claims.Should().ContainSingle(c => c.Action.Lemma == "buy").Which.Modality.Should().Be(Modality.Possible);
    }
}
