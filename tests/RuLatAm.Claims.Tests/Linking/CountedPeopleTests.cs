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
}
