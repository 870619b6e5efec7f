namespace RuLatAm.Claims.Tests.Building;

/// <summary>"wants to be X's partner" only links its subject to a noun, as a copula does: no claim.</summary>
public sealed class ControlledCopulaTests
{
    [Theory]
    [InlineData("Argentina wants to be Russia's gateway to Latin America.")]
    [InlineData("Lula told Putin that Brazil wanted to be a bridge between the blocs.")]
    public void Extract_ControlVerbOfACopula_IsNoEvent(string text) =>
        InventedArticle.Extract(text).Should().NotContain(c => c.Kind == ClaimKind.Event);

    [Fact]
    public void Extract_ControlVerbOfAnAct_StaysAnEvent() =>
        InventedArticle.Extract("Argentina wants to buy Russian wheat.").Should().ContainSingle(c => c.Action.Lemma == "buy");
}
