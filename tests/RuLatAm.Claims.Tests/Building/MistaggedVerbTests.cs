namespace RuLatAm.Claims.Tests.Building;

/// <summary>A word the treebank holds only as a verb, tagged as a noun right after a title or name, is read as a verb.</summary>
public sealed class MistaggedVerbTests
{
    [Fact]
    public void Extract_VerbReadAsANounAfterATitle_IsThePredicateOfTheTitledOfficial()
    {
        var claims = InventedArticle.Extract("In Lima, the Brazilian defence minister met with Peruvian officials.");

        var meet = claims.Should().ContainSingle(c => c.Action.Lemma == "meet").Subject;
        meet.Actor.Text.Should().Be("the Brazilian defence minister");
        meet.Action.Text.Should().Be("met with");
        meet.Target!.Text.Should().Be("Peruvian officials");
    }

    [Fact]
    public void Extract_ControlVerbReadAsANounAfterAName_HandsItsContentToTheInfinitive()
    {
        var claims = InventedArticle.Extract("Beijing has warned it will impose tariffs if Canada and the EU fail to lift their duties on electric cars.");

        var lift = claims.Should().ContainSingle(c => c.Action.Lemma == "lift").Subject;
        lift.Actor.Canonical.Should().Be("EU");
        lift.Action.Text.Should().Be("fail to lift");
        lift.Modality.Should().Be(Modality.Negated);
    }

    [Theory]
    [InlineData("The Russian defense ministry plans to send two warships to Cuba.", "Russian Defense Ministry")]
    [InlineData("Russia's foreign ministry plans to open a consulate in Chile.", "Russian Foreign Ministry")]
    public void Extract_PluralReadAsANounAfterABody_IsThePresentTenseControlVerb(string sentence, string actor)
    {
        var planned = InventedArticle.Extract(sentence).Should().ContainSingle().Subject;

        planned.Actor.Canonical.Should().Be(actor);
        planned.Action.Text.Should().StartWith("plans to ");
        planned.Modality.Should().Be(Modality.Planned);
    }

    [Fact]
    public void Extract_SpeechVerbReadAsAPluralNounBeforeThat_IsTheStatement()
    {
        var deny = InventedArticle.Extract("The Kremlin denies that it has military ambitions in the region.")
            .Should().ContainSingle(c => c.Action.Lemma == "deny").Subject;

        deny.Actor.Canonical.Should().Be("Russia");
        deny.Quote!.Text.Should().Be("that it has military ambitions in the region");
    }
}
