namespace RuLatAm.Claims.Tests.Analysis;

/// <summary>A capitalised place the catalogue knows is a proper noun, whatever else the tagger made of it.</summary>
public sealed class PlaceNameTagsTests
{
    [Fact]
    public void Analyze_StateNameThatIsAlsoACommonWord_IsAProperNoun()
    {
        var sentence = Analyzed.Sentence("Chile imposed new tariffs on steel.");

        sentence.Tags.Upos[0].Should().Be("PROPN");
        sentence.Tags.Xpos[0].Should().Be("NNP");
    }

    [Fact]
    public void Analyze_CapitalReadAsAnAdverbBeforeAnother_IsAProperNoun()
    {
        var sentence = Analyzed.Sentence("Moscow later suspended imports of Ecuadorian bananas, citing pests.");

        sentence.Tags.Upos[0].Should().Be("PROPN");
    }

    [Fact]
    public void Analyze_DemonymAndLowerCaseWord_AreLeftAlone()
    {
        var sentence = Analyzed.Sentence("The Russian chef added chile to the stew.");

        sentence.Tags.Upos[1].Should().Be("ADJ");
        sentence.Tags.Upos[4].Should().NotBe("PROPN");
    }

    [Fact]
    public void Extract_StateNameOpeningTheSentence_IsTheActor() =>
        Building.InventedArticle.Extract("Chile imposed sanctions on Venezuela.")
            .Should().ContainSingle(c => c.Action.Lemma == "impose").Which.Actor.Canonical.Should().Be("Chile");
}
