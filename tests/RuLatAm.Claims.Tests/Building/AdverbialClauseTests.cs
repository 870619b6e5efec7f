namespace RuLatAm.Claims.Tests.Building;

/// <summary>A participle after a comma, or a purpose infinitive, that the parser hung on a phrase of place or
/// circumstance belongs to the clause above: its subject acts.</summary>
public sealed class AdverbialClauseTests
{
    [Fact]
    public void Extract_ParticipleAfterACircumstantialPhrase_IsTheClauseSubjectsAct()
    {
        var claims = InventedArticle.Extract(
            "Chile is negotiating with several Asian buyers, mainly in the mining sector, selling copper to Japan and lithium to Korea.");

        claims.Should().ContainSingle(c => c.Action.Lemma == "sell").Which.Actor.Canonical.Should().Be("Chile");
    }

    [Fact]
    public void Extract_PurposeInfinitiveAfterAnAppositionOfPlace_IsTheClauseSubjectsAim()
    {
        var claims = InventedArticle.Extract(
            "Argentina is increasingly turning to Asia, particularly the big markets of India and Japan, to sell its surplus grain.");

        var sell = claims.Should().ContainSingle(c => c.Action.Lemma == "sell").Subject;
        sell.Actor.Canonical.Should().Be("Argentina");
        sell.Modality.Should().Be(Modality.Possible);
    }
}
