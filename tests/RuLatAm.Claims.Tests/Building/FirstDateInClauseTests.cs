namespace RuLatAm.Claims.Tests.Building;

/// <summary>Of two time phrases in one clause, the first dates it ("on Thursday, two days after X").</summary>
public sealed class FirstDateInClauseTests
{
    [Fact]
    public void Extract_WeekdayThenARelativeOffset_IsDatedByTheWeekday() =>
        InventedArticle.Extract("Humala will travel to Santiago on Friday, two days after meeting Cuban officials in Havana.")
            .Should().ContainSingle(c => c.Action.Lemma == "travel").Which.Date!.Value.Should().Be("2014-05-02");
}
