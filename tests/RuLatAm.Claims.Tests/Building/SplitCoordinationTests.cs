namespace RuLatAm.Claims.Tests.Building;

/// <summary>Subjects the parser split off a coordination: "X and its partners", or names after a fronted phrase.</summary>
public sealed class SplitCoordinationTests
{
    [Theory]
    [InlineData("The Netherlands and its neighbours have asked Ortega to release the bishop.", "ask", "Netherlands")]
    [InlineData("The Philippines and its partners have criticized Beijing for its patrols.", "criticize", "Philippines")]
    public void Extract_NameAndItsPartners_IsTheNamedActor(string sentence, string lemma, string actor)
    {
        var claims = InventedArticle.Extract(sentence);

        claims.Should().ContainSingle(c => c.Action.Lemma == lemma).Which.Actor.Canonical.Should().Be(actor);
    }

    [Fact]
    public void Extract_NamesAfterAFrontedPrepositionalPhrase_AreTheActors()
    {
        var claims = InventedArticle.Extract("Despite Japan's efforts, India and Turkey have signed larger deals in the region.");

        claims.Where(c => c.Action.Lemma == "sign").Select(c => c.Actor.Canonical).Should().BeEquivalentTo("India", "Turkey");
    }
}
