namespace RuLatAm.Claims.Tests.Building;

/// <summary>Which word of the object is the target: the noun a relative pronoun stands for, the party after a light noun or a reflexive object.</summary>
public sealed class TargetObjectTests
{
    [Fact]
    public void Extract_RelativePronounObject_TargetsTheNounTheClauseDescribes()
    {
        var claims = InventedArticle.Extract("Brazil welcomed the credit line that Moscow did not cancel in March.");

        var cancel = claims.Should().ContainSingle(c => c.Action.Lemma == "cancel").Subject;
        cancel.Target!.Text.Should().Be("the credit line");
    }

    [Theory]
    [InlineData("The Russian foreign minister was received in Caracas by Venezuelan President Nicolas Maduro.", "Nicolas Maduro", "Sergei Lavrov")]
    [InlineData("Lula was greeted at the airport by Vladimir Putin.", "Vladimir Putin", "Luiz Inacio Lula da Silva")]
    public void Extract_PassiveWithAgent_TargetsThePassiveSubject(string text, string actor, string target)
    {
        var claim = InventedArticle.Extract(text).Should().ContainSingle(c => c.Kind == ClaimKind.Event).Subject;

        claim.Actor.Canonical.Should().Be(actor);
        claim.Target!.Canonical.Should().Be(target);
    }

    [Fact]
    public void Extract_DateParsedInsideTheObject_StaysOutOfTheTarget()
    {
        var send = InventedArticle.Extract("Putin said Russia would send a team of engineers to La Paz next month.")
            .Should().ContainSingle(c => c.Action.Lemma == "send").Subject;

        send.Target!.Text.Should().NotContain("month");
        send.Date!.Text.Should().Be("next month");
    }

    [Fact]
    public void Extract_PassiveAtTheEndOfAChain_IsTheAgentsAct()
    {
        var claims = InventedArticle.Extract("Peru is not going to be intimidated by anyone. Lula is expected to be received by Putin in Moscow.");

        claims.Should().NotContain(c => c.Action.Lemma == "intimidate");
        claims.Should().ContainSingle(c => c.Action.Lemma == "receive").Which.Actor.Canonical.Should().Be("Vladimir Putin");
    }

    [Fact]
    public void Extract_TargetPhraseRunningAcrossADate_EndsBeforeIt() =>
        InventedArticle.Extract("Peru approved the purchase of Russian diesel last month, despite objections from the embassy in Lima.")
            .Should().ContainSingle(c => c.Action.Lemma == "approve").Which.Target!.Text.Should().Be("the purchase of Russian diesel");

    [Fact]
    public void Extract_TakePartIn_TargetsTheObjectOfThePreposition()
    {
        var claims = InventedArticle.Extract("Putin will take part in the naval parade in Havana.");

        var take = claims.Should().ContainSingle(c => c.Action.Lemma == "take").Subject;
        take.Target!.Text.Should().Be("the naval parade");
    }

    [Fact]
    public void Extract_TakeAdvantageOf_TargetsWhatIsUsed()
    {
        var claims = InventedArticle.Extract("Moscow has taken advantage of the trade dispute between Brazil and the United States.");

        var take = claims.Should().ContainSingle(c => c.Action.Lemma == "take").Subject;
        take.Target!.Text.Should().StartWith("the trade dispute");
    }

    [Theory]
    [InlineData("Bolivia has tried to distance itself from the sanctions regime.", "distance", "the sanctions regime")]
    [InlineData("Nicaragua aligned itself with Moscow in the vote.", "align", "Moscow")]
    public void Extract_ReflexiveObject_TargetsTheObjectOfThePreposition(string sentence, string lemma, string target)
    {
        var claims = InventedArticle.Extract(sentence);

        var claim = claims.Should().ContainSingle(c => c.Action.Lemma == lemma).Subject;
        claim.Target!.Text.Should().StartWith(target);
    }
}
