namespace RuLatAm.Claims.Tests.Building;

/// <summary>Articulating is a verb of communicating: "as articulated by X" is a statement of X.</summary>
public sealed class ArticulatedTests
{
    [Fact]
    public void Extract_AsArticulatedBy_IsAStatementOfTheAgent()
    {
        var articulate = InventedArticle.Extract("Chile backs the plan as articulated by Arce.")
            .Should().ContainSingle(c => c.Action.Lemma == "articulate").Subject;

        articulate.Kind.Should().Be(ClaimKind.Statement);
        articulate.Source!.Canonical.Should().Be("Luis Arce");
    }
}
