namespace RuLatAm.Claims.Tests.Building;

/// <summary>The party of the occasion a statement was made on ("in an interview with X") is its addressee.</summary>
public sealed class SpeechOccasionTests
{
    [Fact]
    public void Extract_SaidInAnInterviewWithSomeone_TargetsThem() =>
        InventedArticle.Extract("Arce said in an interview with Chilean radio that the border would reopen.")
            .Should().ContainSingle(c => c.Action.Lemma == "say").Which.Target!.Text.Should().Be("Chilean radio");

    [Fact]
    public void Extract_SaidInAPlace_HasNoTarget() =>
        InventedArticle.Extract("Arce said in La Paz that the border would reopen.")
            .Should().ContainSingle(c => c.Action.Lemma == "say").Which.Target.Should().BeNull();
}
