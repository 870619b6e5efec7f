using RuLatAm.Claims.Tagging;

namespace RuLatAm.Claims.Tests.Tagging;

public sealed class LemmaEditTests
{
    [Theory]
    [InlineData("talks", "talk")]            // strip one
    [InlineData("countries", "country")]     // strip three, append y
    [InlineData("The", "the")]               // lower-case only
    [InlineData("google", "Google")]         // a name written in lower case
    [InlineData("TEHRAN", "Tehran")]         // a name written in capitals
    [InlineData("was", "be")]                // nothing in common
    public void Between_ThenApply_GivesTheLemma(string word, string lemma)
    {
        var edit = LemmaEdit.Between(word, lemma);

        edit.Fits(word).Should().BeTrue();
        edit.Apply(word).Should().Be(lemma);
    }

    [Fact]
    public void Apply_NoChange_ReturnsTheSameString()
    {
        var word = "minister";

        LemmaEdit.Between(word, word).Apply(word).Should().BeSameAs(word);
    }

    [Fact]
    public void Fits_EditThatWouldLeaveNothing_IsFalse() =>
        new LemmaEdit(LemmaCasing.Lower, 3, "").Fits("ran").Should().BeFalse();
}
