namespace RuLatAm.Claims.Tests.Building;

/// <summary>An "as" phrase names the role the actor plays, not a party acted on; whom the role serves is.</summary>
public sealed class RolePhraseTests
{
    [Fact]
    public void Extract_ServedAsOffice_HasNoTarget()
    {
        var serve = InventedArticle.Extract("Gustavo Petro served as mayor of Bogota until 2015.")
            .Should().ContainSingle(c => c.Action.Lemma == "serve").Subject;

        serve.Target.Should().BeNull();
    }

    [Fact]
    public void Extract_RoleForSomeone_TargetsWhomTheRoleServes()
    {
        var act = InventedArticle.Extract("Maduro is acting as a bridge for Iranian investors in the region.")
            .Should().ContainSingle(c => c.Action.Lemma == "act").Subject;

        act.Target!.Text.Should().StartWith("Iranian investors");
    }
}
