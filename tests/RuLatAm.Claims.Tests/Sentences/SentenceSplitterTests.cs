using CsCheck;
using RuLatAm.Claims.Sentences;
using RuLatAm.Claims.Tokenization;

namespace RuLatAm.Claims.Tests.Sentences;

public sealed class SentenceSplitterTests
{
    private static string[] Split(string text)
    {
        var tokens = Tokenizer.Default.Tokenize(text);
        return SentenceSplitter.Default.Split(text, tokens).Select(sentence => sentence.Span.Of(text)).ToArray();
    }

    [Theory]
    [InlineData("The deal was signed.The talks went on.", "The deal was signed.", "The talks went on.")]         // glued
    [InlineData("It rained in Quito.Bogota stayed dry.", "It rained in Quito.", "Bogota stayed dry.")]
    [InlineData("NewsSportChile won the vote.", "News", "Sport", "Chile won the vote.")]                        // glued menu items
    [InlineData("He said \"we agree.\" Then he left.", "He said \"we agree.\"", "Then he left.")]                // quote closes after the stop
    [InlineData("\u201CWe agree.\u201D The minister left.", "\u201CWe agree.\u201D", "The minister left.")]
    [InlineData("Prices rose (sharply.) Then fell.", "Prices rose (sharply.)", "Then fell.")]
    [InlineData("Is it over? No! It goes on.", "Is it over?", "No!", "It goes on.")]
    [InlineData("it ended. then it began again.", "it ended.", "then it began again.")]                         // lower-case start
    public void Split_TerminalPunctuation_EndsSentences(string text, params string[] expected) =>
        Split(text).Should().Equal(expected);

    [Theory]
    [InlineData("Mr. Ortiz met Dr. Lane in St. Louis.")]                                    // titles
    [InlineData("The U.S. envoy met Gen. Ruiz on Friday.")]                                 // U.S. before a noun
    [InlineData("Acme Inc. and Foo Corp. signed the deal.")]
    [InlineData("George W. Bush spoke.")]
    [InlineData("He paused... and then spoke.")]                                           // ellipsis before lower case
    [InlineData("It costs $3.5 billion, or 2.5% of GDP.")]
    [InlineData("The envoys [sent by the council, ed.] at first refused to talk.")]           // editorial insertion
    [InlineData("The ministers (all three of them.) then left the hall.")]                 // bracket runs on in lower case
    public void Split_StopsInsideTheSentence_KeepOneSentence(string text) =>
        Split(text).Should().Equal(text);

    [Fact]
    public void Split_AbbreviationEndingASentence_EndsIt() =>
        Split("Talks were held in the U.S. The next round is in Lima.")
            .Should().Equal("Talks were held in the U.S.", "The next round is in Lima.");

    [Fact]
    public void Split_HeadlineWithoutStop_EndsAtTheLineBreak() =>
        Split("Minister visits Caracas\nThe minister arrived on Monday.")
            .Should().Equal("Minister visits Caracas", "The minister arrived on Monday.");

    [Fact]
    public void Split_BlankLine_EndsASentenceWithoutPunctuation() =>
        Split("first paragraph without a stop\n\nsecond one").Should().Equal("first paragraph without a stop", "second one");

    [Fact]
    public void Split_HardWrappedLine_RunsOnInLowerCase() =>
        Split("The minister said the talks\nwould resume in March.")
            .Should().Equal("The minister said the talks\nwould resume in March.");

    [Theory]
    [InlineData("CARACAS (Reuters) - The talks ended.", "CARACAS (Reuters) -", "The talks ended.")]
    [InlineData("LIMA, Peru \u2014 Officials met.", "LIMA, Peru \u2014", "Officials met.")]
    public void Split_Dateline_IsASentenceOfItsOwn(string text, params string[] expected) =>
        Split(text).Should().Equal(expected);

    [Theory]
    [InlineData("PS - call me tomorrow.")]          // two capitals are initials, not a place
    [InlineData("NATO allies - and others - met.")]  // lower-case words: no dateline
    public void Split_DashAfterCapitals_IsNoDateline(string text) =>
        Split(text).Should().Equal(text);

    [Fact]
    public void Split_NoTokens_GivesNoSentences() =>
        SentenceSplitter.Default.Split("", []).Should().BeEmpty();

    [Fact]
    public void Split_AnyString_HoldsEveryTokenOnceInOrder() =>
        Gen.String[Gen.Char["ab .!?\"\u201D)\n"], 0, 50].Sample(text =>
        {
            var tokens = Tokenizer.Default.Tokenize(text);
            var sentences = SentenceSplitter.Default.Split(text, tokens);
            var next = 0;
            foreach (var sentence in sentences)
            {
                if (sentence.FirstToken != next || sentence.TokenCount <= 0
                    || sentence.Span != new TextSpan(tokens[sentence.FirstToken].Start, tokens[sentence.EndToken - 1].End))
                {
                    return false;
                }

                next = sentence.EndToken;
            }

            return next == tokens.Count;
        });

    [Fact]
    public void Split_RunWithoutPunctuation_IsCutIntoSentencesOfAtMostTheLimit()
    {
        var text = string.Join(' ', Enumerable.Range(0, 1000).Select(i => i % 37 == 36 ? "word," : "word"));
        var tokens = Tokenizer.Default.Tokenize(text);

        var sentences = SentenceSplitter.Default.Split(text, tokens);

        sentences.Should().OnlyContain(s => s.TokenCount <= SentenceSplitter.MaxTokens);
        sentences.Sum(s => s.TokenCount).Should().Be(tokens.Count);
        sentences.SkipLast(1).Should().OnlyContain(s => text[s.Span.End - 1] == ',', "a cut prefers a comma near the limit");
    }
}
