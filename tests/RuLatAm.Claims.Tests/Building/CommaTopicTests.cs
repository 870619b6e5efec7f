namespace RuLatAm.Claims.Tests.Building;

/// <summary>A comma alone does not coordinate a fronted phrase's last name with the subject after it.</summary>
public sealed class CommaTopicTests
{
    [Fact]
    public void Extract_NameEndingAFrontedPhrase_IsNotAnActorOfTheMainVerb()
    {
        var claims = InventedArticle.Extract("The summit opened on Monday. By funding Mercosur, Argentina is lending its support to the bloc's stated goals.");

        claims.Where(c => c.Action.Lemma == "lend").Select(c => c.Actor.Canonical).Should().Equal("Argentina");
    }

    [Fact]
    public void Extract_ListJoinedByAnd_KeepsEveryActor()
    {
        var claims = InventedArticle.Extract("Brazil, Argentina and Chile signed the accord in Lima.");

        claims.Where(c => c.Action.Lemma == "sign").Select(c => c.Actor.Canonical).Should().BeEquivalentTo("Brazil", "Argentina", "Chile");
    }
}
