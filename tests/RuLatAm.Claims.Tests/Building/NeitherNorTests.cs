namespace RuLatAm.Claims.Tests.Building;

/// <summary>"Neither X nor Y did Z" denies the act of each, and "neither" is no part of the actor's mention.</summary>
public sealed class NeitherNorTests
{
    [Fact]
    public void Extract_NeitherNorSubject_NegatesTheActOfEach()
    {
        var respond = InventedArticle.Extract("Neither the Kremlin nor the Brazilian foreign ministry responded to requests for comment.")
            .Where(c => c.Action.Lemma == "respond").ToList();

        respond.Select(c => c.Actor.Canonical).Should().Contain("Russia");
        respond.Should().OnlyContain(c => c.Modality == Modality.Negated);
        respond.Should().OnlyContain(c => !c.Actor.Text.StartsWith("Neither", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_BothAndSubject_StaysAsserted() =>
        InventedArticle.Extract("Both the Kremlin and the Brazilian foreign ministry responded to the report.")
            .Where(c => c.Action.Lemma == "respond").Should().NotBeEmpty().And.OnlyContain(c => c.Modality == Modality.Asserted);
}
