using RuLatAm.Claims.Tests.Building;

namespace RuLatAm.Claims.Tests.Linking;

/// <summary>"the two men", "both leaders", "the three" stand for that many people last named.</summary>
public sealed class CountedPeopleTests
{
    [Theory]
    [InlineData("Putin met Lula in Moscow. The two men will sign a grain deal.", new[] { "Vladimir Putin", "Luiz Inacio Lula da Silva" })]
    [InlineData("Putin met Lula in Moscow. Both leaders will sign a grain deal.", new[] { "Vladimir Putin", "Luiz Inacio Lula da Silva" })]
    [InlineData("Lavrov met Nicolas Maduro and Evo Morales in Caracas. The three will sign a grain deal.", new[] { "Sergei Lavrov", "Nicolas Maduro", "Evo Morales" })]
    public void Extract_CountedPeople_AreTheLastPeopleNamed(string text, string[] actors) =>
        InventedArticle.Extract(text).Where(c => c.Action.Lemma == "sign").Select(c => c.Actor.Canonical)
            .Should().BeEquivalentTo(actors);

    [Fact]
    public void Extract_MorePeopleCountedThanNamed_GivesNoActor() =>
        InventedArticle.Extract("Putin met Lula in Moscow. The three will sign a grain deal.").Should().NotContain(c => c.Action.Lemma == "sign");

    [Fact]
    public void Extract_TwoSidesAfterTwoPeople_AreThosePeople() =>
        InventedArticle.Extract("Humala held a phone call with Putin. The two sides will sign a trade deal.")
            .Where(c => c.Action.Lemma == "sign").Select(c => c.Actor.Canonical).Should().BeEquivalentTo("Ollanta Humala", "Vladimir Putin");

    [Fact]
    public void Extract_BothCountriesWithNoListGiven_AreTheLastTwoStates() =>
        InventedArticle.Extract("Humala has sought closer ties with Washington and with Moscow. Both countries will offer Lima loans.")
            .Where(c => c.Action.Lemma == "offer").Select(c => c.Actor.Canonical).Should().BeEquivalentTo("United States", "Russia");

    [Fact]
    public void Extract_ObjectIt_IsNoActorTarget() =>
        InventedArticle.Extract("The OAS condemned the visit. Its secretary general, Jose Miguel Insulza, called it \"a provocation.\"")
            .Should().ContainSingle(c => c.Action.Lemma == "call").Which.Target!.Canonical.Should().BeNull();
}
