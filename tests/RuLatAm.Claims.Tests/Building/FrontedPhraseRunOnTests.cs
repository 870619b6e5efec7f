namespace RuLatAm.Claims.Tests.Building;

/// <summary>A subjectless verb right after a phrase the parser ran on from a fronted phrase has that phrase as subject.</summary>
public sealed class FrontedPhraseRunOnTests
{
    [Fact]
    public void Extract_TitledNameAfterAFrontedPlace_IsTheActor()
    {
        var claims = InventedArticle.Extract("In Bolivia, President Luis Arce made statements in support of the new lithium law.");

        var made = claims.Should().ContainSingle().Subject;
        made.Actor.Canonical.Should().Be("Luis Arce");
        made.Kind.Should().Be(ClaimKind.Statement, "making statements is speaking");
    }

    [Fact]
    public void Extract_TripAfterAFrontedPhrase_GivesItsInfinitiveToThePossessorButServesNoClaim()
    {
        var claims = InventedArticle.Extract("But for Beijing, Lula's trip to Asia mainly serves as a chance to deepen ties with new partners.");

        claims.Should().ContainSingle().Which.Action.Lemma.Should().Be("deepen");
        claims[0].Actor.Canonical.Should().Be("Luiz Inacio Lula da Silva");
    }
}
