namespace RuLatAm.Claims.Tests.Linking;

/// <summary>"The country", "the nation" refer back to the state the article named last.</summary>
public sealed class StateNounTests
{
    [Fact]
    public void Extract_TheCountryAfterANamedState_IsThatState()
    {
        var claims = Building.InventedArticle.Extract(
            "Falling copper prices have hurt Chile for two years. The country will build a new port in the north.");

        claims.Should().ContainSingle(c => c.Action.Lemma == "build").Which.Actor.Canonical.Should().Be("Chile");
    }

    [Fact]
    public void Extract_TheCountryAfterAStateInTheSameSentence_IsTheNearerState()
    {
        var claims = Building.InventedArticle.Extract(
            "Chile signed a trade pact with Japan last spring. The tariffs, which have mostly hit Peru\u2019s copper and fish "
            + "exports, have given the country a new reason to seek markets in Asia.");

        claims.Should().ContainSingle(c => c.Action.Lemma == "seek").Which.Actor.Canonical.Should().Be("Peru");
    }
}
