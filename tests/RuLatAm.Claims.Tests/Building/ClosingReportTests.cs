namespace RuLatAm.Claims.Tests.Building;

/// <summary>A report that closes the sentence ("…, officials said.") states and sources everything before its comma.</summary>
public sealed class ClosingReportTests
{
    private const string Sentence = "Lavrov discussed a new fishing agreement, Chilean officials said.";

    [Fact]
    public void Extract_ClosingReport_QuotesTheClauseBeforeTheComma()
    {
        var say = InventedArticle.Extract(Sentence).Should().ContainSingle(c => c.Action.Lemma == "say").Subject;

        say.Actor.Canonical.Should().Be("Chile");
        say.Quote!.Text.Should().Be("Lavrov discussed a new fishing agreement");
    }

    [Fact]
    public void Extract_ClosingReport_IsTheIndirectSourceOfTheReportedEvent()
    {
        var discuss = InventedArticle.Extract(Sentence).Should().ContainSingle(c => c.Action.Lemma == "discuss").Subject;

        discuss.Source!.Canonical.Should().Be("Chile");
        discuss.Source.Kind.Should().Be(SourceKind.Indirect);
    }

    [Fact]
    public void Extract_ClosingReportAfterPartlyQuotedClause_IsTheDirectSourceOfEachQuotedEvent()
    {
        var claims = InventedArticle.Extract("Bolivia \u201Cnot only sells lithium to China, but also buys tractors from Belarus,\u201D Arce added.");

        foreach (var lemma in new[] { "sell", "buy" })
        {
            var claim = claims.Should().ContainSingle(c => c.Action.Lemma == lemma).Subject;
            claim.Source!.Canonical.Should().Be("Luis Arce");
            claim.Source.Kind.Should().Be(SourceKind.Direct);
        }
    }

    [Fact]
    public void Extract_ClosingReportAfterPartlyQuotedClause_QuotesTheWholeClause()
    {
        var add = InventedArticle.Extract("Bolivia \u201Cnot only sells lithium to China, but also buys tractors from Belarus,\u201D Arce added.")
            .Should().ContainSingle(c => c.Action.Lemma == "add").Subject;

        add.Quote!.Text.Should().StartWith("Bolivia").And.EndWith("from Belarus");
    }
}
