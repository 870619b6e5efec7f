namespace RuLatAm.Claims.Tests.Building;

/// <summary>An infinitive completes the noun right before its "to": that noun's possessor acts, wherever the parser
/// attached the infinitive.</summary>
public sealed class InfinitiveOwnerTests
{
    [Fact]
    public void Extract_InfinitiveAfterAPossessedNoun_IsThePossessorsAct()
    {
        var claims = InventedArticle.Extract(
            "Argentine President Javier Milei toured Asia this week. Milei's choice of partners, and the speeches that are part of "
            + "his bold campaign to court the region this year, suggest that trade comes first.");

        claims.Should().ContainSingle(c => c.Action.Lemma == "court").Which.Actor.Canonical.Should().Be("Javier Milei");
    }

    [Fact]
    public void Extract_InfinitiveOfTheSecondOfTwoObjects_IsTheRecipientsAct()
    {
        // "given the country an added incentive": parsers may read both objects as direct ones.
        var claims = InventedArticle.Extract(
            "The drought, which has badly hurt Uruguay\u2019s farms and dairy exports, has given the country an added incentive "
            + "to expand and diversify its trade ties with Asia.");

        claims.Should().ContainSingle(c => c.Action.Lemma == "expand").Which.Actor.Canonical.Should().Be("Uruguay");
        claims.Should().ContainSingle(c => c.Action.Lemma == "diversify").Which.Actor.Canonical.Should().Be("Uruguay");
    }
}
