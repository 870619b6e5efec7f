namespace RuLatAm.Claims.Tests.Building;

/// <summary>Lists of states read as renamings, "whose X" read as a second subject, and speech verbs made acts by "off".</summary>
public sealed class ListAndWhoseTests
{
    [Fact]
    public void Extract_ListWithAMultiWordState_GivesEachItsClaim() =>
        InventedArticle.Extract("Bolivia, El Salvador and Honduras abstained.").Select(c => c.Actor.Canonical)
            .Should().BeEquivalentTo("Bolivia", "El Salvador", "Honduras");

    [Fact]
    public void Extract_WhosePhraseBesideTheSubject_IsTheTargetOfTheRealSubject()
    {
        var write = InventedArticle.Extract("Cuba, whose debt Moscow wrote off in 2014, remains Russia's closest partner.")
            .Should().ContainSingle(c => c.Action.Lemma == "write").Subject;

        write.Actor.Canonical.Should().Be("Russia");
        write.Kind.Should().Be(ClaimKind.Event);
        write.Target!.Text.Should().Contain("debt");
    }
}
