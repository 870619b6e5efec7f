namespace RuLatAm.Claims.Tests.Building;

/// <summary>"Sees X as Y" states a view: a statement of the viewer, not an event on X.</summary>
public sealed class AsJudgementTests
{
    [Fact]
    public void Extract_SeesObjectAsSomething_IsAStatementWithoutTarget()
    {
        var see = InventedArticle.Extract("Arce sees Chile as a reliable partner.").Should().ContainSingle(c => c.Action.Lemma == "see").Subject;

        see.Kind.Should().Be(ClaimKind.Statement);
        see.Target.Should().BeNull();
        see.Source!.Canonical.Should().Be("Luis Arce");
    }

    [Fact]
    public void Extract_SeesObjectWithoutAs_StaysAnEvent() =>
        InventedArticle.Extract("Arce sees Chile every year.").Should().ContainSingle(c => c.Action.Lemma == "see")
            .Which.Kind.Should().Be(ClaimKind.Event);
}
