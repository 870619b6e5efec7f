namespace RuLatAm.Claims.Tests.Building;

/// <summary>"warned X against buying", "barred X from selling", "allowed X to land": the object is the actor of the verb after it.</summary>
public sealed class ObjectControlGerundTests
{
    [Fact]
    public void Extract_WarnedUnnamedGroupAgainstDoing_GivesTheWarnerNoEvent() =>
        InventedArticle.Extract("Washington has warned Latin American governments against buying Russian weapons.")
            .Should().NotContain(c => c.Action.Lemma == "buy");

    [Fact]
    public void Extract_BarredNamedActorFromDoing_MakesItTheActorOfANegatedEvent()
    {
        var sell = InventedArticle.Extract("The court barred Petrobras from selling its refineries.").Should().ContainSingle(c => c.Action.Lemma == "sell").Subject;

        sell.Actor.Canonical.Should().Be("Petrobras");
        sell.Modality.Should().Be(Modality.Negated);
    }

    [Fact]
    public void Extract_AllowedSomethingUnnamedToDo_GivesTheAllowerNoSuchEvent() =>
        InventedArticle.Extract("Peruvian President Ollanta Humala has allowed Russian military aircraft to land in the country.")
            .Should().NotContain(c => c.Action.Lemma == "land");

    [Fact]
    public void Extract_AskedObjectWithTheInfinitiveHungOnIt_IsTheActorOfTheInfinitive() =>
        InventedArticle.Extract("Peruvian lawmakers have asked the Russian foreign ministry to recall the ambassador.")
            .Should().ContainSingle(c => c.Action.Lemma == "recall").Which.Actor.Canonical.Should().Be("Russian Foreign Ministry");

    [Fact]
    public void Extract_ContactedObjectWithAPurpose_LeavesTheSubjectActing() =>
        InventedArticle.Extract("Chilean diplomats phoned the Peruvian government to voice their doubts.")
            .Should().ContainSingle(c => c.Action.Lemma == "voice").Which.Actor.Canonical.Should().Be("Chile");
}
