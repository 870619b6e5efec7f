namespace RuLatAm.Claims.Tests.Building;

/// <summary>"When she arrived in Lima, Chile's president said …": a pronoun in a clause set first names the main subject.</summary>
public sealed class ForwardPronounTests
{
    [Fact]
    public void Extract_PronounInAClauseBeforeTheMainSubject_IsThatSubject() =>
        InventedArticle.Extract("Putin met Humala in Moscow. When she arrived in Lima, Chile's president said the talks had gone well.")
            .Should().ContainSingle(c => c.Action.Lemma == "arrive").Which.Actor.Canonical.Should().Be("Michelle Bachelet");

    [Fact]
    public void Extract_PronounThatDoesNotAgreeWithTheMainSubject_IsNotThatSubject() =>
        InventedArticle.Extract("Bachelet met Putin in Moscow. When he arrived in Lima, Chile's president said the talks had gone well.")
            .Should().NotContain(c => c.Action.Lemma == "arrive" && c.Actor.Canonical == "Michelle Bachelet");
}
