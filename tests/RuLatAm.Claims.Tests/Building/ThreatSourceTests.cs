namespace RuLatAm.Claims.Tests.Building;

/// <summary>A threat is an event, and its maker is the source of the threatened act and of its condition.</summary>
public sealed class ThreatSourceTests
{
    [Fact]
    public void Extract_ThreatenedActAndCondition_HaveTheThreatenerAsSource()
    {
        var claims = InventedArticle.Extract("Arce has threatened to close the border if Chile raises its tariffs.");

        claims.Should().ContainSingle(c => c.Action.Lemma == "threaten").Which.Source.Should().BeNull();
        foreach (var lemma in new[] { "close", "raise" })
        {
            var claim = claims.Should().ContainSingle(c => c.Action.Lemma == lemma).Subject;
            claim.Source!.Canonical.Should().Be("Luis Arce");
            claim.Source.Kind.Should().Be(SourceKind.Indirect);
        }
    }

    [Theory]
    [InlineData("The Treasury Department threatened on Monday to sanction any firm that buys Venezuelan oil.", "sanction")]
    [InlineData("Rosneft agreed last week to lend Venezuela more money.", "lend")]
    public void Extract_CommitmentWithADateBeforeTheInfinitive_IsPlanned(string text, string lemma) =>
        InventedArticle.Extract(text).Should().ContainSingle(c => c.Action.Lemma == lemma).Which.Modality.Should().Be(Modality.Planned);

    [Theory]
    [InlineData("Gazprom announced plans to invest in Bolivia.")]
    [InlineData("Gazprom made a decision on Monday to invest in Bolivia.")]
    public void Extract_InfinitiveOfAPlanNoun_IsPlanned(string text) =>
        InventedArticle.Extract(text).Should().ContainSingle(c => c.Action.Lemma == "invest").Which.Modality.Should().Be(Modality.Planned);

    [Fact]
    public void Extract_PurposeInfinitive_StaysPossible() =>
        InventedArticle.Extract("Lavrov visited Havana to discuss the blockade.")
            .Should().ContainSingle(c => c.Action.Lemma == "discuss").Which.Modality.Should().Be(Modality.Possible);
}
