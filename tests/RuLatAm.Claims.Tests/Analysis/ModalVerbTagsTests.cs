using RuLatAm.Claims.Analysis;

namespace RuLatAm.Claims.Tests.Analysis;

/// <summary>A word after a modal that the treebank holds as a bare verb, and never with the tag it got, is a verb.</summary>
public sealed class ModalVerbTagsTests
{
    [Fact]
    public void Analyze_VerbAfterAModalReadAsAnAdverb_IsAVerb()
    {
        var sentence = TextAnalyzer.Default.Analyze("Gazprom will invest $1 billion in Bolivia.", removePageFurniture: false, CancellationToken.None).Single();

        sentence.Tags.Upos[2].Should().Be("VERB");
        sentence.Tags.Xpos[2].Should().Be("VB");
    }

    [Fact]
    public void Analyze_AdverbAfterAModal_StaysAnAdverb()
    {
        var sentence = TextAnalyzer.Default.Analyze("Gazprom will also invest in Bolivia.", removePageFurniture: false, CancellationToken.None).Single();

        sentence.Tags.Upos[2].Should().Be("ADV");
    }
}
