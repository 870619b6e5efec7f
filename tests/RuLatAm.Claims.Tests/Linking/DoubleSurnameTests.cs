namespace RuLatAm.Claims.Tests.Linking;

/// <summary>A double surname repeats a person the article named in full ("Ana Maria Gutierrez Ruiz" ... "Gutierrez Ruiz").</summary>
public sealed class DoubleSurnameTests
{
    [Fact]
    public void Extract_DoubleSurnameAfterTheFullName_ResolvesToTheFullName()
    {
        var claims = Building.InventedArticle.Extract(
            "Ana Maria Gutierrez Ruiz, an economist, studies trade with Russia. Gutierrez Ruiz said that exports would grow.");

        claims.Should().ContainSingle(c => c.Action.Lemma == "say").Which.Actor.Canonical.Should().Be("Ana Maria Gutierrez Ruiz");
    }

    [Fact]
    public void Extract_FirstHalfOfADoubleSurname_ResolvesToTheFullName()
    {
        var claims = Building.InventedArticle.Extract(
            "Ana Maria Gutierrez Ruiz, an economist, studies trade with Russia. Gutierrez said that exports would grow.");

        claims.Should().ContainSingle(c => c.Action.Lemma == "say").Which.Actor.Canonical.Should().Be("Ana Maria Gutierrez Ruiz");
    }

    [Theory]
    [InlineData("In Havana, Diaz-Canel thanked Russia for its help.", "Miguel Diaz-Canel")]
    [InlineData("Igor Melik-Bagdasarov thanked Cuba for its help. Melik-Bagdasarov then left.", "Igor Melik-Bagdasarov")]
    public void Extract_HyphenatedSurname_IsOneName(string text, string person) =>
        Building.InventedArticle.Extract(text).Should().NotBeEmpty().And.OnlyContain(c => c.Actor.Canonical == person);
}
