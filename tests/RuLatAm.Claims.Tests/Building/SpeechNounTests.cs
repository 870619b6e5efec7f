namespace RuLatAm.Claims.Tests.Building;

/// <summary>A light verb with a noun of speech ("issued a statement") is a statement claim.</summary>
public sealed class SpeechNounTests
{
    [Fact]
    public void Extract_IssuedAStatement_IsAStatement()
    {
        var claims = InventedArticle.Extract("Brazil's foreign minister issued a statement on the border dispute.");

        var issued = claims.Should().ContainSingle(c => c.Action.Lemma == "issue").Subject;
        issued.Kind.Should().Be(ClaimKind.Statement);
        issued.Source!.Canonical.Should().Be(issued.Actor.Canonical);
    }
}
