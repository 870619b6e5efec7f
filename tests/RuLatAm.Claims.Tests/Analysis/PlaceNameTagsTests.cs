using RuLatAm.Claims.Analysis;

namespace RuLatAm.Claims.Tests.Analysis;

/// <summary>A capitalised place the catalogue knows is a proper noun, whatever else the tagger made of it.</summary>
public sealed class PlaceNameTagsTests
{
    [Fact]
    public void Analyze_StateNameThatIsAlsoACommonWord_IsAProperNoun()
    {
        var sentence = TextAnalyzer.Default.Analyze("Chile imposed new tariffs on steel.", removePageFurniture: false, CancellationToken.None).Single();

        sentence.Tags.Upos[0].Should().Be("PROPN");
        sentence.Tags.Xpos[0].Should().Be("NNP");
    }

    [Fact]
    public void Analyze_CapitalReadAsAnAdverbBeforeAnother_IsAProperNoun()
    {
        var sentence = TextAnalyzer.Default.Analyze("Moscow later suspended imports of Ecuadorian bananas, citing pests.", removePageFurniture: false, CancellationToken.None).Single();

        sentence.Tags.Upos[0].Should().Be("PROPN");
    }

    [Fact]
    public void Analyze_DemonymAndLowerCaseWord_AreLeftAlone()
    {
        var sentence = TextAnalyzer.Default.Analyze("The Russian chef added chile to the stew.", removePageFurniture: false, CancellationToken.None).Single();

        sentence.Tags.Upos[1].Should().Be("ADJ");
        sentence.Tags.Upos[4].Should().NotBe("PROPN");
    }

    [Fact]
    public void Extract_StateNameOpeningTheSentence_IsTheActor() =>
        Building.InventedArticle.Extract("Chile imposed sanctions on Venezuela.")
            .Should().ContainSingle(c => c.Action.Lemma == "impose").Which.Actor.Canonical.Should().Be("Chile");
}
