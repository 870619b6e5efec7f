namespace RuLatAm.Claims.Tests.Building;

/// <summary>Ships, aircraft and weapons are not actors, whatever their names; nor is an "it" that follows a thing.</summary>
public sealed class VehicleActorTests
{
    [Theory]
    [InlineData("The frigate Admiral Gorshkov took part in missile exercises.")]
    [InlineData("The frigate Admiral Gorshkov and the submarine Kazan took part in missile exercises in the Atlantic.")]
    public void Extract_NamedVehicleAsSubject_IsNoActor(string text) =>
        InventedArticle.Extract(text).Should().BeEmpty();

    [Fact]
    public void Extract_ItInAClauseSetOnAThingsAct_IsNoActor() =>
        InventedArticle.Extract("The Pentagon said it was tracking the vessels. A U.S. destroyer shadowed the flotilla as it crossed the Atlantic.")
            .Should().NotContain(c => c.Action.Lemma == "cross");

    [Fact]
    public void Extract_ItAfterAnActorsMainClause_IsThatActor() =>
        InventedArticle.Extract("Brasilia wants to secure its harbours first, before it will build a naval base abroad.")
            .Should().ContainSingle(c => c.Action.Lemma == "build").Which.Actor.Canonical.Should().Be("Brazil");
}
