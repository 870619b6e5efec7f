namespace RuLatAm.Claims.Tests.Building;

/// <summary>A time phrase deep inside a statement's object dates that thing; one on the object itself dates the statement.</summary>
public sealed class StatementObjectDateTests
{
    [Fact]
    public void Extract_DateOfANounInsideTheObject_DoesNotDateTheStatement() =>
        InventedArticle.Extract("Arce voiced concern about the fraud in the Peruvian election in May.")
            .Should().ContainSingle(c => c.Action.Lemma == "voice").Which.Date.Should().BeNull();

    [Fact]
    public void Extract_DateOnTheObjectItself_DatesTheStatement() =>
        InventedArticle.Extract("Arce announced a visit to Lima in May.")
            .Should().ContainSingle(c => c.Action.Lemma == "announce").Which.Date!.Text.Should().Be("in May");
}
