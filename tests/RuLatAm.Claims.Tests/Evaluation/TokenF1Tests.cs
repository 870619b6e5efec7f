using RuLatAm.Claims.Evaluation;

namespace RuLatAm.Claims.Tests.Evaluation;

public sealed class TokenF1Tests
{
    [Theory]
    [InlineData("the talks went well", "the talks went well", 1.0)]
    [InlineData("The talks went well.", "the TALKS went well", 1.0)]          // case and punctuation ignored
    [InlineData("a b c d e", "a b c d x", 0.8)]                               // 4 of 5 words either way
    [InlineData("a b c d e", "a b c d x y", 8.0 / 11)]                        // p = 4/6, r = 4/5
    [InlineData("sanctions failed", "the embargo held", 0.0)]
    [InlineData("no no no", "no", 0.5)]                                       // words counted as a multiset
    [InlineData("", "", 1.0)]
    [InlineData("...", "", 1.0)]                                              // no words on either side
    [InlineData("words", "", 0.0)]
    public void Of_TwoTexts_GivesBagOfWordsF1(string a, string b, double expected)
    {
        TokenF1.Of(a, b).Should().BeApproximately(expected, 1e-12);
        TokenF1.Of(b, a).Should().BeApproximately(expected, 1e-12);
    }
}
