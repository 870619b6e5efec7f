namespace RuLatAm.Claims.Tests.Building;

/// <summary>"warned X against buying", "barred X from selling": the one warned or barred is the gerund's actor.</summary>
public sealed class ObjectControlGerundTests
{
    [Fact]
    public void Extract_WarnedUnnamedGroupAgainstDoing_GivesTheWarnerNoEvent() =>
        InventedArticle.Extract("Washington has warned Latin American governments against buying Russian weapons.")
            .Should().NotContain(c => c.Action.Lemma == "buy");

    [Fact]
    public void Extract_BarredNamedActorFromDoing_MakesItTheActor() =>
        InventedArticle.Extract("The court barred Petrobras from selling its refineries.")
            .Should().ContainSingle(c => c.Action.Lemma == "sell").Which.Actor.Canonical.Should().Be("Petrobras");
}
