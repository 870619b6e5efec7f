namespace RuLatAm.Claims.Tests.Building;

/// <summary>"X, the leader of the movement who led …": "who" describes the named person, not the nearest noun.</summary>
public sealed class WhoAntecedentTests
{
    [Fact]
    public void Extract_WhoClauseAfterADescriptionOfAName_IsThatPersonsAct()
    {
        var claims = InventedArticle.Extract(
            "Lula hosted Daniel Ortega, the veteran commander of the Sandinista revolution who led the uprising against Somoza.");

        claims.Should().ContainSingle(c => c.Action.Lemma == "lead").Which.Actor.Canonical.Should().Be("Daniel Ortega");
    }

    [Theory]
    [InlineData("Maduro met Igor Sechin, who was visiting Caracas for the second time this year.")]
    [InlineData("Maduro met Igor Sechin, the chief executive of Rosneft, who was visiting Caracas for the second time this year.")]
    public void Extract_WhoClauseAfterACommaSetBesideTheSentence_IsTheNamedPersonsAct(string text) =>
        InventedArticle.Extract(text).Should().ContainSingle(c => c.Action.Lemma == "visit").Which.Actor.Canonical.Should().Be("Igor Sechin");

    [Fact]
    public void Extract_WhoClauseBeforeTheSpeechVerb_IsNeitherTheQuoteNorReported()
    {
        var claims = InventedArticle.Extract("Russian Deputy Foreign Minister Sergei Ryabkov, who accompanied Putin, said Moscow did not rule out sending more vaccines.");

        claims.Should().ContainSingle(c => c.Action.Lemma == "say").Which.Quote!.Text.Should().Be("Moscow did not rule out sending more vaccines");
        claims.Should().ContainSingle(c => c.Action.Lemma == "accompany").Which.Source.Should().BeNull();
    }

    [Fact]
    public void Extract_WhichClauseSetBesideTheSentence_IsTheNamedStatesAct()
    {
        var mediate = InventedArticle.Extract("Maduro thanked Norway, which mediated the talks.")
            .Should().ContainSingle(c => c.Action.Lemma == "mediate").Subject;

        mediate.Actor.Canonical.Should().Be("Norway");
        mediate.Source.Should().BeNull();
    }
}
