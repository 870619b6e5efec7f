namespace RuLatAm.Claims.Tests.Building;

/// <summary>"for training" names a purpose, as a noun would: no claim of its own, and its date goes to the act it serves.</summary>
public sealed class PurposeGerundTests
{
    [Fact]
    public void Extract_BareGerundAfterFor_IsNoClaimAndLeavesItsDateToTheVerb()
    {
        var claims = InventedArticle.Extract("Nicaragua's army will host Russian troops for training later this year.");

        claims.Should().ContainSingle().Which.Action.Lemma.Should().Be("host");
        claims[0].Date!.Text.Should().Be("later this year");
    }

    [Fact]
    public void Extract_GerundAfterForWithAnObject_StaysAClaim() =>
        InventedArticle.Extract("Peru thanked Russia for sending helicopters.").Should().Contain(c => c.Action.Lemma == "send");
}
