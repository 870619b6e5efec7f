using RuLatAm.Claims.Tagging;

namespace RuLatAm.Claims.Tests.Tagging;

public sealed class LemmatizerTests
{
    [Theory]
    [InlineData("met", "VERB", "VBD", "meet")]
    [InlineData("said", "VERB", "VBD", "say")]
    [InlineData("talks", "NOUN", "NNS", "talk")]
    [InlineData("countries", "NOUN", "NNS", "country")]
    [InlineData("was", "AUX", "VBD", "be")]
    [InlineData("were", "AUX", "VBD", "be")]
    [InlineData("'s", "AUX", "VBZ", "be")]
    [InlineData("\u2019s", "AUX", "VBZ", "be")]             // a curly apostrophe as news writes it
    [InlineData("n't", "PART", "RB", "not")]
    [InlineData("better", "ADJ", "JJR", "good")]
    [InlineData("visiting", "VERB", "VBG", "visit")]
    [InlineData("signed", "VERB", "VBN", "sign")]
    [InlineData("The", "DET", "DT", "the")]                 // a capital only because it starts the sentence
    [InlineData("Lima", "PROPN", "NNP", "Lima")]
    [InlineData("minister", "NOUN", "NN", "minister")]
    public void Lemmatize_KnownWords_GiveTheirDictionaryForm(string word, string upos, string xpos, string lemma) =>
        Lemmatizer.Default.Lemmatize(word, upos, xpos).Should().Be(lemma);

    [Theory]
    [InlineData("reflagged", "VERB", "VBN", "reflag")]        // words the treebank lacks go through the edit classifier
    [InlineData("decarbonizes", "VERB", "VBZ", "decarbonize")]
    [InlineData("microgrids", "NOUN", "NNS", "microgrid")]
    [InlineData("Zelentsova", "PROPN", "NNP", "Zelentsova")]
    public void Lemmatize_UnseenWords_FollowTheirEnding(string word, string upos, string xpos, string lemma) =>
        Lemmatizer.Default.Lemmatize(word, upos, xpos).Should().Be(lemma);

    [Theory]
    [InlineData("3,217,406", "3217406")]                        // the treebank drops thousands separators
    [InlineData("7,381.25", "7381.25")]
    [InlineData("1,23", "1,23")]                                // not groups of three: a list or a decimal comma
    public void Lemmatize_NumberWithSeparators_DropsThem(string word, string lemma) =>
        Lemmatizer.Default.Lemmatize(word, "NUM", "CD").Should().Be(lemma);

    // The treebank splits an e-mail address into "Daniel" + "RCastagnola@…", both carrying the whole address as lemma.
    [Theory]
    [InlineData("Daniel")]
    [InlineData("Ken")]
    [InlineData("David")]
    public void Lemmatize_NameSeenAsAGoesWithFragment_IsTheNameItself(string name) =>
        Lemmatizer.Default.Lemmatize(name, "PROPN", "NNP").Should().Be(name);

    [Fact]
    public void Lemmatize_WordThatIsItsOwnLemma_ReturnsTheSameString()
    {
        var word = "agreement";

        Lemmatizer.Default.Lemmatize(word, "NOUN", "NN").Should().BeSameAs(word);
    }

    [Fact]
    public void Lemmatize_EmptyWord_GivesEmpty() =>
        Lemmatizer.Default.Lemmatize("", "X", "XX").Should().BeEmpty();

    [Theory]
    [InlineData(null, "NOUN", "NN", "word")]
    [InlineData("talks", null, "NNS", "upos")]
    [InlineData("talks", "NOUN", null, "xpos")]
    public void Lemmatize_NullArgument_ThrowsNamingIt(string? word, string? upos, string? xpos, string parameter) =>
        FluentActions.Invoking(() => Lemmatizer.Default.Lemmatize(word!, upos!, xpos!))
            .Should().Throw<ArgumentNullException>().WithParameterName(parameter);

    [Fact]
    public void Lemmatize_ParallelCalls_GiveTheSameLemmasAsOneThread()
    {
        var words = new[] { ("met", "VERB", "VBD"), ("countries", "NOUN", "NNS"), ("was", "AUX", "VBD"), ("reflagged", "VERB", "VBN") };
        var expected = words.Select(w => Lemmatizer.Default.Lemmatize(w.Item1, w.Item2, w.Item3)).ToArray();

        var results = new string[400];
        Parallel.For(0, results.Length, i =>
        {
            var (word, upos, xpos) = words[i % words.Length];
            results[i] = Lemmatizer.Default.Lemmatize(word, upos, xpos);
        });

        results.Should().Equal(Enumerable.Range(0, results.Length).Select(i => expected[i % words.Length]));
    }

    [Theory]
    [InlineData("Envoys from Quito arrived.", 0, 6, "Envoys")]  // capitalised: not a form the lexicon holds as written
    [InlineData("Envoys from Quito arrived.", 7, 4, "from")]
    [InlineData("Envoys from Quito arrived.", 12, 5, "Quito")]
    [InlineData("Envoys from Quito arrived.", 25, 1, ".")]
    [InlineData("a zqxwvbe here", 2, 7, "zqxwvbe")]              // unknown to the lexicon
    public void Word_GivesTheTextAtTheSpan_WhetherTheLexiconKnowsItOrNot(string text, int start, int length, string word) =>
        Lemmatizer.Default.Word(text, start, length).Should().Be(word);

    [Fact]
    public void Word_KnownForm_IsOneSharedString()
    {
        var first = Lemmatizer.Default.Word("talks in Lima", 6, 2);
        var second = Lemmatizer.Default.Word("met in Caracas", 4, 2);

        first.Should().BeSameAs(second);
    }
}
