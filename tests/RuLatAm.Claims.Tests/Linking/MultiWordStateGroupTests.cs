using RuLatAm.Claims.Tests.Building;

namespace RuLatAm.Claims.Tests.Linking;

/// <summary>A group noun owned by a state whose name has several words is that state, not a person sharing one word.</summary>
public sealed class MultiWordStateGroupTests
{
    [Theory]
    [InlineData("Costa Rica's government refused to receive the Russian delegation.", "Costa Rica")]
    [InlineData("El Salvador's government signed a grain deal with Russia.", "El Salvador")]
    public void Extract_GroupOwnedByAMultiWordState_IsThatState(string text, string state) =>
        InventedArticle.Extract(text).Should().Contain(c => c.Kind == ClaimKind.Event && c.Actor.Canonical == state)
            .And.OnlyContain(c => c.Actor.Type != EntityType.Person);

    [Fact]
    public void Extract_StatesBodyNamedWithAPossessive_IsTheCataloguedBody() =>
        InventedArticle.Extract("Nicaragua's National Assembly approved the agreement in June.")
            .Should().ContainSingle().Which.Actor.Canonical.Should().Be("National Assembly of Nicaragua");

    [Fact]
    public void Extract_StatesBodyWithThePossessiveHungOnTheVerb_IsThatStatesBody() =>
        InventedArticle.Extract("Brazil's Congress approved the purchase of Russian diesel last month, despite objections from the embassy in Brasilia.")
            .Should().ContainSingle().Which.Actor.Canonical.Should().Be("National Congress of Brazil");
}
