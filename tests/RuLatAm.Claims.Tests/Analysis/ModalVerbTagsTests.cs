namespace RuLatAm.Claims.Tests.Analysis;

/// <summary>A word after a modal that the treebank holds as a bare verb, and never with the tag it got, is a verb.</summary>
public sealed class ModalVerbTagsTests
{
    [Theory]
    [InlineData("Gazprom will invest $1 billion in Bolivia.", "VERB")]
    [InlineData("Gazprom will also invest in Bolivia.", "ADV")]
    public void Analyze_WordAfterAModal_IsTaggedAsTheTreebankHoldsIt(string text, string upos) =>
        Analyzed.Sentence(text).Tags.Upos[2].Should().Be(upos);
}
