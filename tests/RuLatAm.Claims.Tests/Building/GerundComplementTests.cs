namespace RuLatAm.Claims.Tests.Building;

/// <summary>A gerund clause a verb takes through its preposition is the verb's target; one of means is not.</summary>
public sealed class GerundComplementTests
{
    [Fact]
    public void Extract_GerundAfterThePreposition_IsTheTarget()
    {
        var refrain = InventedArticle.Extract("Peru has refrained from sending troops to the border.")
            .Should().ContainSingle(c => c.Action.Lemma == "refrain").Subject;

        refrain.Target!.Text.Should().Contain("sending troops");
    }

    [Fact]
    public void Extract_GerundOfMeans_IsNoTarget()
    {
        var react = InventedArticle.Extract("Peru reacted by sending troops to the border.")
            .Should().ContainSingle(c => c.Action.Lemma == "react").Subject;

        react.Target.Should().BeNull();
    }
}
