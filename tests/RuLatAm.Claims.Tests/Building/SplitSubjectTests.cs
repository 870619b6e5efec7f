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
}
