namespace RuLatAm.Claims.Tests.Building;

/// <summary>Speech whose reported clause is only partly in quotation marks is indirect, and its quote is the whole clause.</summary>
public sealed class PartlyQuotedSpeechTests
{
    [Fact]
    public void Extract_WritersWordsBeforeTheQuotation_GiveAnIndirectQuoteOfTheWholeClause()
    {
        var say = InventedArticle.Extract("Former president Mauricio Macri said the government was \"isolating Argentina from the free world.\"")
            .Should().ContainSingle(c => c.Action.Lemma == "say").Subject;

        say.Source!.Kind.Should().Be(SourceKind.Indirect);
        say.Quote!.Text.Should().StartWith("the government was").And.Contain("isolating Argentina");
    }

    [Fact]
    public void Extract_WholeClauseQuoted_StaysDirect()
    {
        var say = InventedArticle.Extract("Macri said: \"The government is isolating Argentina from the free world.\"")
            .Should().ContainSingle(c => c.Action.Lemma == "say").Subject;

        say.Source!.Kind.Should().Be(SourceKind.Direct);
        say.Quote!.Text.Should().StartWith("The government is isolating");
    }
}
