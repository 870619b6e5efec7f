namespace RuLatAm.Claims.Tests.Building;

/// <summary>The party of an adjective that completes the verb ("drawn close to X") is the predicate's target.</summary>
public sealed class AdjectiveComplementTests
{
    [Theory]
    [InlineData("Ecuador has drawn close to Venezuela.", "Venezuela")]
    [InlineData("Chile has begun to draw close to Bolivia and Peru.", "Bolivia and Peru")]
    public void Extract_DrawCloseTo_TargetsTheParty(string sentence, string target) =>
        InventedArticle.Extract(sentence).Should().ContainSingle(c => c.Action.Lemma == "draw")
            .Which.Target!.Text.Should().Be(target);
}
