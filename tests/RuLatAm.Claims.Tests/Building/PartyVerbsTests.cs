namespace RuLatAm.Claims.Tests.Building;

/// <summary>A verb that passes or shares a thing with a party targets the party, even a common-noun one.</summary>
public sealed class PartyVerbsTests
{
    [Theory]
    [InlineData("Peru will sell old helicopters to the Bolivian navy.", "sell", "the Bolivian navy")]
    [InlineData("Arce discussed gas prices with the Chilean delegation.", "discuss", "the Chilean delegation")]
    [InlineData("Chile would not give Russian military equipment to Ukraine.", "give", "Ukraine")]
    [InlineData("Russia delivered the first batch of vaccines to Bolivia on Friday.", "deliver", "Bolivia")]
    [InlineData("Chile imposed new tariffs on Chinese steel.", "impose", "Chinese steel")]
    public void Extract_ThingAndParty_TargetsTheParty(string sentence, string lemma, string target) =>
        InventedArticle.Extract(sentence).Should().ContainSingle(c => c.Action.Lemma == lemma)
            .Which.Target!.Text.Should().Be(target);

    [Fact]
    public void Extract_OtherVerbWithAPartner_TargetsItsObject() =>
        InventedArticle.Extract("Peru will build old helicopters with Spanish engineers.").Should().ContainSingle(c => c.Action.Lemma == "build")
            .Which.Target!.Text.Should().Be("old helicopters");
}
