namespace RuLatAm.Claims.Tests.Building;

/// <summary>Unnamed spokespeople and officials speak for the body or place named after them; what they said is the clause.</summary>
public sealed class SpokenForTests
{
    [Theory]
    [InlineData("Officials in La Paz said the first wells could be drilled next year.", "Bolivia")]
    [InlineData("A spokesperson for Gazprom said the company would invest in Bolivia.", "Gazprom")]
    public void Extract_GroupOrSpokespersonOfANamedBody_SpeaksForIt(string text, string body) =>
        InventedArticle.Extract(text).Should().ContainSingle(c => c.Action.Lemma == "say").Which.Actor.Canonical.Should().Be(body);

    [Fact]
    public void Extract_ClauseReadAsObjectAndRelativeClause_IsTheQuote() =>
        InventedArticle.Extract("Shoigu said a frigate and a tanker would dock in Havana in October.")
            .Should().ContainSingle(c => c.Action.Lemma == "say").Which.Quote!.Text.Should().Be("a frigate and a tanker would dock in Havana in October");
}
