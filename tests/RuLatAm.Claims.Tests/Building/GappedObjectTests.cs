namespace RuLatAm.Claims.Tests.Building;

/// <summary>A clause that leaves its verb without an object targets the noun it describes.</summary>
public sealed class GappedObjectTests
{
    [Fact]
    public void Extract_ReducedPassive_TargetsTheNounItFollows()
    {
        var claims = InventedArticle.Extract("The treaty signed by Chile and Peru opened the border.");

        claims.Where(c => c.Action.Lemma == "sign").Should().HaveCount(2)
            .And.OnlyContain(c => c.Target != null && c.Target.Text == "The treaty");
    }

    [Fact]
    public void Extract_RelativeClauseWithoutRelativeWord_TargetsTheNounItDescribes()
    {
        var take = InventedArticle.Extract("The first step Lima will take is to raise tariffs.")
            .Should().ContainSingle(c => c.Action.Lemma == "take").Subject;

        take.Target!.Text.Should().Be("The first step");
    }
}
