namespace RuLatAm.Claims.Tests.Building;

/// <summary>A fronted passive participle clause with no agent is no claim of the main clause's subject.</summary>
public sealed class PassiveParticipleClauseTests
{
    [Fact]
    public void Extract_WhenQuestionedAboutX_GivesOnlyTheMainStatement()
    {
        var claims = InventedArticle.Extract("When questioned about the oil deal, Lavrov said nothing had been signed.");

        claims.Should().NotContain(c => c.Action.Lemma == "question");
        claims.Should().ContainSingle(c => c.Action.Lemma == "say").Which.Actor.Canonical.Should().Be("Sergei Lavrov");
    }
}
