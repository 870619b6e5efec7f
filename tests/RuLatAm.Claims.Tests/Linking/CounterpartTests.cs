namespace RuLatAm.Claims.Tests.Linking;

/// <summary>"his Cuban counterpart" is whoever holds, in that state, the office the person acting holds in theirs.</summary>
public sealed class CounterpartTests
{
    [Fact]
    public void Extract_HeadOfStatesCounterpart_IsTheOtherStatesHeadOfState() =>
        Building.InventedArticle.Extract("Putin met his Brazilian counterpart in Moscow.")
            .Should().ContainSingle(c => c.Action.Lemma == "meet").Which.Target!.Canonical.Should().Be("Dilma Rousseff");

    [Fact]
    public void Extract_TalksWithAForeignMinistersCounterpart_TargetTheOtherForeignMinister()
    {
        var talks = Building.InventedArticle.Extract("Lavrov held talks with his Cuban counterpart.")
            .Should().ContainSingle(c => c.Action.Lemma == "hold").Subject;

        talks.Target!.Text.Should().Be("his Cuban counterpart");
        talks.Target.Canonical.Should().Be("Bruno Rodriguez Parrilla");
    }

    [Fact]
    public void Extract_CounterpartAfterAMinisterNamedInFull_FollowsThatMinistersOffice() =>
        Building.InventedArticle.Extract("Cuban President Raul Castro spoke to reporters. Cuba's foreign minister Bruno Rodriguez met his Russian counterpart in Moscow.")
            .Should().ContainSingle(c => c.Action.Lemma == "meet").Which.Target!.Canonical.Should().Be("Sergei Lavrov");

    [Fact]
    public void Extract_RoleOfAnotherStateWithNoSingleHolder_IsNotThePresidentNamedEarlier() =>
        Building.InventedArticle.Extract("Russian President Vladimir Putin spoke in Moscow. Putin later received the Libyan president.")
            .Should().ContainSingle(c => c.Action.Lemma == "receive").Which.Target!.Canonical.Should().NotBe("Vladimir Putin");
}
