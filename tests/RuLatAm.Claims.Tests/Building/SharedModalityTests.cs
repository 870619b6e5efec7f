namespace RuLatAm.Claims.Tests.Building;

/// <summary>A further act placed in sequence after a planned one shares the plan.</summary>
public sealed class SharedModalityTests
{
    [Fact]
    public void Extract_GerundAfterBeforeFollowingAFutureVerb_IsPlanned()
    {
        var claims = InventedArticle.Extract("Lavrov will visit Bolivia before travelling to Ecuador.");

        claims.Should().ContainSingle(c => c.Action.Lemma == "travel").Which.Modality.Should().Be(Modality.Planned);
    }
}
