namespace RuLatAm.Claims.Tests.Building;

/// <summary>"X's aim is to V": an infinitive predicated of a noun is the act of the noun's owner, as a purpose.</summary>
public sealed class PredicatedInfinitiveTests
{
    [Fact]
    public void Extract_InfinitivesPredicatedOfAPossessedNoun_AreThePossessorsAims()
    {
        var claims = InventedArticle.Extract("Mexico's aim is to expand its exports to Asia and to cut its imports from China.");

        var expand = claims.Should().ContainSingle(c => c.Action.Lemma == "expand").Subject;
        expand.Actor.Canonical.Should().Be("Mexico");
        expand.Modality.Should().Be(Modality.Possible);
        var cut = claims.Should().ContainSingle(c => c.Action.Lemma == "cut").Subject;
        cut.Actor.Canonical.Should().Be("Mexico", "the second infinitive is coordinated with the first");
        cut.Modality.Should().Be(Modality.Possible);
    }

    [Fact]
    public void Extract_InfinitivePredicatedOfAnOwnerlessNoun_IsNoClaim()
    {
        var claims = InventedArticle.Extract("The problem is to find a buyer for the oil.");

        claims.Should().BeEmpty();
    }
}
