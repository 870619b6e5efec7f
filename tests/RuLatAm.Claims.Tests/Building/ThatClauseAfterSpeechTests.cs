namespace RuLatAm.Claims.Tests.Building;

/// <summary>"X said on Tuesday that …", "X told reporters that …": the clause after the date or addressee is what was said.</summary>
public sealed class ThatClauseAfterSpeechTests
{
    [Theory]
    [InlineData("Maduro said on Friday that Venezuela would buy Russian jets.", "say", "that Venezuela would buy Russian jets")]
    [InlineData("Petro said Thursday that Colombia would host the talks.", "say", "that Colombia would host the talks")]
    [InlineData("The Kremlin announced on Wednesday that Putin would visit Brasilia.", "announce", "that Putin would visit Brasilia")]
    [InlineData("Lavrov told reporters that Russia would keep supplying wheat.", "tell", "that Russia would keep supplying wheat")]
    [InlineData("Humala said on X that his government would not send weapons to Ukraine.", "say", "that his government would not send weapons to Ukraine")]
    [InlineData("Lavrov told his Chilean counterpart that Russia would keep supplying wheat.", "tell", "that Russia would keep supplying wheat")]
    [InlineData("Lavrov said in an interview with the TASS news agency that Russia would keep supplying wheat.", "say", "that Russia would keep supplying wheat")]
    public void Extract_SaidOnADateThat_QuotesTheClause(string sentence, string lemma, string quote) =>
        InventedArticle.Extract(sentence)
            .Should().ContainSingle(c => c.Action.Lemma == lemma).Which.Quote!.Text.Should().Be(quote);

    [Fact]
    public void Extract_SaidOnADate_HasNoAddressee() =>
        InventedArticle.Extract("Maduro said on Friday that Venezuela would buy Russian jets.")
            .Should().ContainSingle(c => c.Action.Lemma == "say").Which.Target.Should().BeNull();

    [Fact]
    public void Extract_UnnamedBodySpeakingAfterAPerson_IsNotThatPerson() =>
        InventedArticle.Extract("Humala said Peru would buy wheat. The ministry said on its website that Russia would open a consulate in Lima.")
            .Should().NotContain(c => c.Action.Lemma == "say" && c.Evidence.Text.Contains("ministry"));
}
