namespace RuLatAm.Claims.Tests.Building;

/// <summary>Only what a speech verb reports takes its speaker as source; the writer's background around it does not.</summary>
public sealed class ReportedScopeTests
{
    [Fact]
    public void Extract_PastRelativeClauseInsideReportedSpeech_IsNarration()
    {
        var claims = InventedArticle.Extract("Arce vowed to repay the loan that Peru did not return in March 2012.");

        claims.Should().ContainSingle(c => c.Action.Lemma == "repay").Which.Source!.Canonical.Should().Be("Luis Arce");
        claims.Should().ContainSingle(c => c.Action.Lemma == "return").Which.Source.Should().BeNull();
    }

    [Fact]
    public void Extract_PredicateCoordinatedWithSpeech_IsNotWhatWasSaid() =>
        InventedArticle.Extract("Humala and Bachelet spoke by phone and discussed trade.")
            .Should().Contain(c => c.Action.Lemma == "discuss").And.OnlyContain(c => c.Action.Lemma != "discuss" || c.Source == null);

    [Fact]
    public void Extract_TimeClauseOfTheSpeech_IsNarration() =>
        InventedArticle.Extract("Humala spoke to reporters after meeting Putin in Moscow.")
            .Should().ContainSingle(c => c.Action.Lemma == "meet").Which.Source.Should().BeNull();

    [Fact]
    public void Extract_ContrastClauseAfterAStatement_IsNarration() =>
        InventedArticle.Extract("Chile and Peru rejected the proposal, while Ecuador abstained.")
            .Should().ContainSingle(c => c.Action.Lemma == "abstain").Which.Source.Should().BeNull();

    [Fact]
    public void Extract_ModalRelativeClauseInsideReportedSpeech_KeepsTheSpeaker()
    {
        var finance = InventedArticle.Extract("Arce said Bolivia would build the plants that China could finance.")
            .Should().ContainSingle(c => c.Action.Lemma == "finance").Subject;

        finance.Source!.Canonical.Should().Be("Luis Arce");
    }

    [Fact]
    public void Extract_AdverbialClauseBeforeTheSpeechVerb_IsNarration()
    {
        var claims = InventedArticle.Extract("After Peru signed a gas deal with China, Arce said Bolivia would follow.");

        claims.Should().ContainSingle(c => c.Action.Lemma == "sign").Which.Source.Should().BeNull();
        claims.Should().ContainSingle(c => c.Action.Lemma == "follow").Which.Source!.Canonical.Should().Be("Luis Arce");
    }
}
