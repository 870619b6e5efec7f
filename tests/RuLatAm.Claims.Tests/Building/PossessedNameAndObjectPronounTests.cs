namespace RuLatAm.Claims.Tests.Building;

/// <summary>"Brazil's Lula" is Lula; "Putin thanked him" thanks someone else; "…, adding that …" is the outer speaker's.</summary>
public sealed class PossessedNameAndObjectPronounTests
{
    [Fact]
    public void Extract_StatesPossessedName_IsThePerson() =>
        InventedArticle.Extract("Brazil's Lula, by contrast, praised the BRICS group.")
            .Should().ContainSingle().Which.Actor.Canonical.Should().Be("Luiz Inacio Lula da Silva");

    [Fact]
    public void Extract_ObjectPronounWithNoOtherPerson_IsNotTheActor() =>
        InventedArticle.Extract("Brazil invited Putin to the G20 summit. Putin thanked him for the invitation.")
            .Should().ContainSingle(c => c.Action.Lemma == "thank").Which.Target!.Canonical.Should().BeNull();

    [Fact]
    public void Extract_ObjectPronounOfTheActorsGender_IsAnotherPerson() =>
        InventedArticle.Extract("Lula praised the BRICS group and invited Putin to the G20 summit. Putin thanked him for the invitation.")
            .Should().ContainSingle(c => c.Action.Lemma == "thank").Which.Target!.Canonical.Should().Be("Luiz Inacio Lula da Silva");

    [Fact]
    public void Extract_AddingAfterAClauseHungOnTheAddressee_IsTheOuterSpeakers() =>
        InventedArticle.Extract("Bachelet told reporters that Santiago would not take sides, adding that Chile supported peace.")
            .Should().ContainSingle(c => c.Action.Lemma == "add").Which.Actor.Canonical.Should().Be("Michelle Bachelet");
}
