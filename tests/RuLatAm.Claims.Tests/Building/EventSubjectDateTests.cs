namespace RuLatAm.Claims.Tests.Building;

/// <summary>The time an event subject states dates the infinitive its predicate frames ("the fair on May 3 offered Chile a chance to sign").</summary>
public sealed class EventSubjectDateTests
{
    private const string Framed = "The opening of the trade fair in Lima on May 3 offered a good occasion for Chile to sign the fishing pact";

    [Fact]
    public void Extract_InfinitiveFramedByADatedEvent_TakesTheEventsDate()
    {
        var sign = InventedArticle.Extract(Framed + ".").Should().ContainSingle(c => c.Action.Lemma == "sign").Subject;

        sign.Date!.Text.Should().Be("on May 3");
    }

    [Fact]
    public void Extract_InfinitiveWithItsOwnDate_KeepsIt()
    {
        var sign = InventedArticle.Extract(Framed + " in June.").Should().ContainSingle(c => c.Action.Lemma == "sign").Subject;

        sign.Date!.Text.Should().Be("in June");
    }

    [Fact]
    public void Extract_DateOfAnActorsOwnAct_DoesNotReachTheInfinitive()
    {
        var sign = InventedArticle.Extract("Chile on May 3 gave Peru a good occasion to sign the fishing pact.")
            .Should().ContainSingle(c => c.Action.Lemma == "sign").Subject;

        sign.Date.Should().BeNull();
    }
}
