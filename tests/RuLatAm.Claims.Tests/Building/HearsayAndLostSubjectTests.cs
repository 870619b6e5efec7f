namespace RuLatAm.Claims.Tests.Building;

/// <summary>Hearsay passives, control verbs read as nouns under a speech verb, and clauses whose subject the parser lost.</summary>
public sealed class HearsayAndLostSubjectTests
{
    [Fact]
    public void Extract_SaidToHaveDone_IsTheActOfTheSubject()
    {
        var offer = InventedArticle.Extract("Rogozin visited Managua last week. He is said to have offered Ortega a package of helicopters.")
            .Should().ContainSingle(c => c.Action.Lemma == "offer").Subject;

        offer.Actor.Canonical.Should().Be("Dmitry Rogozin");
        offer.Action.Text.Should().Be("is said to have offered");
    }

    [Fact]
    public void Extract_ControlVerbReadAsANounAfterASpeechVerb_IsThePredicate()
    {
        var show = InventedArticle.Extract("Analysts say Moscow wants to show Washington that it can project power in the region.")
            .Should().ContainSingle(c => c.Action.Lemma == "show").Subject;

        show.Actor.Canonical.Should().Be("Russia");
        show.Modality.Should().Be(Modality.Possible);
    }

    [Fact]
    public void Extract_ReportParsedAsASecondVerbWithoutConjunction_DoesNotBorrowTheFirstSubject() =>
        InventedArticle.Extract("Russia is negotiating with Nicaragua, two officials familiar with the talks told the Associated Press.")
            .Should().NotContain(c => c.Action.Lemma == "tell");

    [Fact]
    public void Extract_DidNotRuleOutDoing_IsOneNegatedClaimOfTheAct()
    {
        var claim = InventedArticle.Extract("Lavrov said Moscow did not rule out sending more grain to Havana.")
            .Should().ContainSingle(c => c.Kind == ClaimKind.Event).Subject;

        claim.Action.Lemma.Should().Be("send");
        claim.Action.Text.Should().Be("did not rule out sending");
        claim.Modality.Should().Be(Modality.Negated);
    }
}
