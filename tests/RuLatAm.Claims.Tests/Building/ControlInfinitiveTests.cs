namespace RuLatAm.Claims.Tests.Building;

/// <summary>"X is scheduled to meet Y": the infinitive is the content of the control verb, however the parser attached it.</summary>
public sealed class ControlInfinitiveTests
{
    [Fact]
    public void Extract_ScheduledToMeetATitledName_IsOnePlannedMeeting()
    {
        var meeting = InventedArticle.Extract("Arce is scheduled to meet Chilean Foreign Minister Alberto van Klaveren on Monday.")
            .Should().ContainSingle(c => c.Action.Lemma == "meet").Subject;

        meeting.Actor.Canonical.Should().Be("Luis Arce");
        meeting.Action.Text.Should().Be("is scheduled to meet");
        meeting.Modality.Should().Be(Modality.Planned);
    }

    [Fact]
    public void Extract_AdjectiveControllingAVerb_KeepsTheCopulaInTheAction() =>
        InventedArticle.Extract("Humala is due to meet Chilean diplomats in Lima.")
            .Should().ContainSingle(c => c.Action.Lemma == "meet").Which.Action.Text.Should().Be("is due to meet");

    [Fact]
    public void Extract_DateAfterAnIntransitiveVerb_IsNoTarget()
    {
        var run = InventedArticle.Extract("Humala said he would run again in 2019.").Should().ContainSingle(c => c.Action.Lemma == "run").Subject;

        run.Target.Should().BeNull();
        run.Date!.Value.Should().Be("2019");
    }

    [Fact]
    public void Extract_ReadyToDo_IsAPossibleEvent()
    {
        var expand = InventedArticle.Extract("Humala said Peru was ready to expand trade with China.").Should().ContainSingle(c => c.Action.Lemma == "expand").Subject;

        expand.Action.Text.Should().Be("was ready to expand");
        expand.Modality.Should().Be(Modality.Possible);
    }

    [Fact]
    public void Extract_RespondingToAThingInsideReportedSpeech_IsTheSpeakersReportedEvent()
    {
        var respond = InventedArticle.Extract("Bachelet said Chile would respond to the tariffs.").Should().ContainSingle(c => c.Action.Lemma == "respond").Subject;

        respond.Kind.Should().Be(ClaimKind.Event);
        respond.Source!.Canonical.Should().Be("Michelle Bachelet");
    }
}
