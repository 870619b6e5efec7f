namespace RuLatAm.Claims.Tests.Building;

/// <summary>A title with a body's name before a person's name makes the person the actor.</summary>
public sealed class SplitSubjectTests
{
    [Fact]
    public void Extract_BodyTitleAndName_TheNamedPersonActs()
    {
        var claims = InventedArticle.Extract("White House Press Secretary Sean Spicer raised the question of sanctions at the ministerial level.");

        claims.Should().ContainSingle(c => c.Action.Lemma == "raise").Which.Actor.Canonical.Should().Be("Sean Spicer");
    }

    [Fact]
    public void Extract_TwoTitledNamesJoinedByAnd_EachActs()
    {
        var claims = InventedArticle.Extract(
            "Argentine President Cristina Fernandez and Russian President Vladimir Putin agreed on Thursday to expand cooperation in nuclear energy.");

        claims.Where(c => c.Action.Lemma == "expand").Select(c => c.Actor.Canonical)
            .Should().BeEquivalentTo("Cristina Fernandez de Kirchner", "Vladimir Putin");
    }
}
