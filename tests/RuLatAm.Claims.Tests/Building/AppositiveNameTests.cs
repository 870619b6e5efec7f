namespace RuLatAm.Claims.Tests.Building;

/// <summary>"Peru's ambassador in Moscow, Juan Quispe, said": the name set off by commas is the speaker.</summary>
public sealed class AppositiveNameTests
{
    [Fact]
    public void Extract_UnresolvedTitleWithANameInCommas_IsThatPersonsStatement() =>
        InventedArticle.Extract("Peru's ambassador in Moscow, Juan Quispe Mamani, told reporters the talks went well.")
            .Should().ContainSingle(c => c.Action.Lemma == "tell").Which.Actor.Canonical.Should().Be("Juan Quispe Mamani");
}
