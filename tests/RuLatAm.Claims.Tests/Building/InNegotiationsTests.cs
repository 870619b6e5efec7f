namespace RuLatAm.Claims.Tests.Building;

/// <summary>"X is in talks with Y" is an event: X negotiates with Y.</summary>
public sealed class InNegotiationsTests
{
    [Fact]
    public void Extract_IsInTalksWith_IsATalkEventWithTheParty()
    {
        var claims = InventedArticle.Extract("Chilean President Gabriel Boric is in talks with Bolivian President Luis Arce.");

        var talk = claims.Should().ContainSingle(c => c.Action.Lemma == "talk").Subject;
        talk.Actor.Canonical.Should().Be("Gabriel Boric");
        talk.Action.Text.Should().Be("is in talks with");
        talk.Target!.Canonical.Should().Be("Luis Arce");
    }
}
