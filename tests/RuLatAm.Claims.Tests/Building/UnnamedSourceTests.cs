namespace RuLatAm.Claims.Tests.Building;

/// <summary>An unnamed group that speaks is no actor but the source of what it says (corpus/README.md, kinds of speech).</summary>
public sealed class UnnamedSourceTests
{
    [Fact]
    public void Extract_EventReportedByUnnamedExperts_HasTheExpertsAsSource()
    {
        var claims = InventedArticle.Extract("Economists believe that Argentina will buy Russian wheat.");

        claims.Should().NotContain(c => c.Kind == ClaimKind.Statement);
        var buy = claims.Should().ContainSingle(c => c.Action.Lemma == "buy").Subject;
        buy.Actor.Canonical.Should().Be("Argentina");
        buy.Source!.Canonical.Should().Be("economists");
        buy.Source.Kind.Should().Be(SourceKind.Indirect);
    }
}
