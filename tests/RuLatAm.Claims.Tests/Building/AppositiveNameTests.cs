namespace RuLatAm.Claims.Tests.Building;

/// <summary>"Peru's ambassador in Moscow, Juan Quispe, said": the name set off by commas is the speaker.</summary>
public sealed class AppositiveNameTests
{
    [Fact]
    public void Extract_UnresolvedTitleWithANameInCommas_IsThatPersonsStatement() =>
        InventedArticle.Extract("Peru's ambassador in Moscow, Juan Quispe Mamani, told reporters the talks went well.")
            .Should().ContainSingle(c => c.Action.Lemma == "tell").Which.Actor.Canonical.Should().Be("Juan Quispe Mamani");

    [Fact]
    public void Extract_TitleThenNameBetweenCommas_IsNotItsOwnTarget() =>
        InventedArticle.Extract("The Cuban leader, Miguel Diaz-Canel, has visited Moscow three times since taking office.")
            .Should().ContainSingle(c => c.Action.Lemma == "visit").Which.Target?.Canonical.Should().NotBe("Miguel Diaz-Canel");

    [Fact]
    public void Extract_SpeakerNamedAfterATitle_QuotesTheClauseAfterTheDate() =>
        InventedArticle.Extract("Russia's ambassador to Venezuela, Sergei Melik-Bagdasarov, said in January that Moscow would help Caracas rebuild its oil industry.")
            .Should().ContainSingle(c => c.Action.Lemma == "say").Which.Quote!.Text.Should().StartWith("that Moscow would help");
}
