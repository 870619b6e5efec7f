namespace RuLatAm.Claims.Tests.Linking;

/// <summary>A known surname that the recognizer ran on into common words of a title-case heading is that person.</summary>
public sealed class SurnameInHeadingTests
{
    [Fact]
    public void Extract_PronounAfterAHeadingWithTheSurname_ResolvesToTheFullName()
    {
        var claims = Building.InventedArticle.Extract(
            "Argentine President Javier Milei toured Asia this week.\nMilei Visits in Asia\n\nMilei Visits in Asia\n\nHe signed a trade deal with Japan.");

        claims.Should().ContainSingle(c => c.Action.Lemma == "sign").Which.Actor.Canonical.Should().Be("Javier Milei");
    }
}
