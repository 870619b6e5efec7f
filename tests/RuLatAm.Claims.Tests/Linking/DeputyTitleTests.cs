namespace RuLatAm.Claims.Tests.Linking;

/// <summary>A title that several people hold at once names no person: the official stands for the state.</summary>
public sealed class DeputyTitleTests
{
    [Fact]
    public void Extract_DeputyMinisterWithoutName_ResolvesToTheStateAndTheFollowingHeToo()
    {
        var claims = Building.InventedArticle.Extract("The Brazilian deputy foreign minister said that he would travel to Minsk.");

        var said = claims.Should().ContainSingle(c => c.Action.Lemma == "say").Subject;
        said.Actor.Canonical.Should().Be("Brazil");
        said.Actor.Type.Should().Be(EntityType.Gpe);
        claims.Should().ContainSingle(c => c.Action.Lemma == "travel").Which.Actor.Canonical.Should().Be("Brazil");
    }
}
