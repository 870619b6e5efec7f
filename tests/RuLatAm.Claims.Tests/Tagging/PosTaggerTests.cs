using RuLatAm.Claims.Tagging;

namespace RuLatAm.Claims.Tests.Tagging;

public sealed class PosTaggerTests
{
    private static PosTags Tag(string sentence) => PosTagger.Default.Tag(sentence.Split(' '));

    [Fact]
    public void Tag_ModalVerbAndPlace_AreAuxVerbAndProperNoun()
    {
        var tags = Tag("The minister will visit Lima next week .");

        tags.Upos.Should().Equal("DET", "NOUN", "AUX", "VERB", "PROPN", "ADJ", "NOUN", "PUNCT");
        tags.Xpos[2].Should().Be("MD");
        tags.Xpos[3].Should().Be("VB");
        tags.Xpos[4].Should().Be("NNP");
    }

    [Theory]
    [InlineData("Officials said the talks ended without agreement .", 0, "NOUN")]   // a capital only because it starts the sentence
    [InlineData("Yesterday the envoy signed a trade deal in Quito .", 0, "NOUN")]
    [InlineData("Talks between the two governments resumed on Monday .", 0, "NOUN")]
    [InlineData("Talks between the two governments resumed on Monday .", 7, "PROPN")]
    [InlineData("Analysts expect Brazil to raise rates .", 2, "PROPN")]
    public void Tag_SentenceInitialCapital_DoesNotMakeAName(string sentence, int index, string upos) =>
        Tag(sentence).Upos[index].Should().Be(upos);

    [Fact]
    public void Tag_TitlesAndNames_AreProperNouns()
    {
        var tags = Tag("On Friday , Foreign Minister Olga Petrova welcomed President Tomas Alvarado to Montevideo .");

        foreach (var index in new[] { 1, 4, 5, 6, 8, 9, 10, 12 })
        {
            tags.Upos[index].Should().Be("PROPN", because: $"word {index} is part of a name or title");
        }

        tags.Upos[7].Should().Be("VERB");
    }

    [Fact]
    public void Tag_PastTenseAndParticiple_AreTold()
    {
        var tags = Tag("The agreement was signed after the delegates met in Havana .");

        tags.Upos[2].Should().Be("AUX");
        tags.Xpos[3].Should().Be("VBN");
        tags.Xpos[7].Should().Be("VBD");
    }

    [Fact]
    public void Tag_CurlyApostrophes_ReadLikeStraightOnes()
    {
        var curly = PosTagger.Default.Tag(["The", "country", "\u2019s", "leader", "did", "n\u2019t", "comment", "."]);
        var straight = PosTagger.Default.Tag(["The", "country", "'s", "leader", "did", "n't", "comment", "."]);

        curly.Should().BeEquivalentTo(straight);
        curly.Upos[5].Should().Be("PART");
    }

    [Fact]
    public void Tag_NoWords_GivesNoTags()
    {
        var tags = PosTagger.Default.Tag([]);

        tags.Upos.Should().BeEmpty();
        tags.Xpos.Should().BeEmpty();
    }

    [Fact]
    public void Tag_OddWords_GiveOneTagPairEach()
    {
        string[] words = ["", "\u2014", "https://example.org/a?b=1", "\U0001F600", new string('x', 500)];

        var tags = PosTagger.Default.Tag(words);

        tags.Upos.Should().HaveCount(words.Length).And.NotContainNulls();
        tags.Xpos.Should().HaveCount(words.Length).And.NotContainNulls();
    }

    [Fact]
    public void Tag_Null_ThrowsNamingTheParameter() =>
        FluentActions.Invoking(() => PosTagger.Default.Tag(null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("words");

    [Fact]
    public void Tag_NullWord_ThrowsNamingTheParameter() =>
        FluentActions.Invoking(() => PosTagger.Default.Tag(["The", null!, "."]))
            .Should().Throw<ArgumentException>().WithParameterName("words");

    [Fact]
    public void Tag_ParallelCalls_GiveTheSameTagsAsOneThread()
    {
        var sentences = new[]
        {
            "The minister will visit Lima next week .",
            "Officials said the talks ended without agreement .",
            "Moscow and Caracas signed three energy deals on Tuesday .",
            "Prices rose sharply after the central bank cut rates .",
        };
        var expected = sentences.Select(Tag).ToArray();

        var results = new PosTags[400];
        Parallel.For(0, results.Length, i => results[i] = Tag(sentences[i % sentences.Length]));

        for (var i = 0; i < results.Length; i++)
        {
            results[i].Should().BeEquivalentTo(expected[i % sentences.Length]);
        }
    }
}
