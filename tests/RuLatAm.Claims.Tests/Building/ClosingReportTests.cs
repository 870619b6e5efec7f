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

    [Theory]
    [InlineData("Lavrov discussed a new fishing agreement, Chilean officials told reporters.")]
    [InlineData("Lavrov discussed a new fishing agreement, Chilean officials said in a statement on Friday.")]
    public void Extract_ClosingReportWithAddresseeOrOccasion_SourcesTheReportedEvent(string sentence)
    {
        var discuss = InventedArticle.Extract(sentence).Should().ContainSingle(c => c.Action.Lemma == "discuss").Subject;

        discuss.Source!.Canonical.Should().Be("Chile");
    }

    [Fact]
    public void Extract_ClosingReportByATitledName_SourcesTheReportedEvent()
    {
        var hold = InventedArticle.Extract(
            "Russia and Cuba will hold joint naval exercises in the Caribbean this autumn, Russian Defence Minister Sergei Shoigu announced on Tuesday after talks in Havana.")
            .Where(c => c.Action.Lemma == "hold").ToList();

        hold.Should().NotBeEmpty().And.OnlyContain(c => c.Source != null && c.Source.Canonical == "Sergei Shoigu");
    }

    [Fact]
    public void Extract_ClosingReportAfterSpeakingWithSomeone_IsNotWhatWasSaid()
    {
        var speak = InventedArticle.Extract(
            "Lavrov spoke by phone with Cuban Foreign Minister Bruno Rodriguez and discussed the embargo, the Russian government said on its website.")
            .Should().ContainSingle(c => c.Action.Lemma == "speak").Subject;

        speak.Quote.Should().BeNull();
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

    [Fact]
    public void Extract_ClosingReportByADescribedBody_SourcesTheReportedEvent() =>
        InventedArticle.Extract("Peru and Bolivia signed a deal on nuclear energy cooperation on Monday, the Russian state nuclear corporation Rosatom said.")
            .Should().Contain(c => c.Action.Lemma == "sign").And.OnlyContain(c => c.Action.Lemma != "sign" || c.Source != null);

    [Theory]
    [InlineData("Peru and Bolivia signed a trade deal on Monday, Bolivian officials said.")]
    [InlineData("Peru and Chile signed an agreement on Friday, Gazprom said.")]
    [InlineData("Cuba and Mexico signed an agreement on Friday, TASS said.")]
    public void Extract_DateInsideTheReportedClause_DatesTheEventNotTheReport(string sentence)
    {
        var claims = InventedArticle.Extract(sentence);

        claims.Should().Contain(c => c.Action.Lemma == "sign").And.OnlyContain(c => c.Action.Lemma != "sign" || c.Date != null);
        claims.Should().ContainSingle(c => c.Action.Lemma == "say").Which.Date.Should().BeNull();
    }

    [Fact]
    public void Extract_SpeechVerbBeforeAClosingReport_DoesNotQuoteTheReport() =>
        InventedArticle.Extract("Bolivia has asked Brazil for help in repairing its gas pipeline, the ministry in La Paz said.")
            .Should().ContainSingle(c => c.Action.Lemma == "ask").Which.Quote?.Text.Should().NotContain("ministry");
}
