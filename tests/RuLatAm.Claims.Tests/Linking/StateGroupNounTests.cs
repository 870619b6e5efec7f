using RuLatAm.Claims.Tests.Building;

namespace RuLatAm.Claims.Tests.Linking;

/// <summary>People who act for a state ("Russian military advisers", "Cuban troops") stand for that state.</summary>
public sealed class StateGroupNounTests
{
    [Theory]
    [InlineData("Russian military advisers trained Venezuelan pilots in Maracay.", "Russia")]
    [InlineData("Cuban troops arrived in Luanda.", "Cuba")]
    [InlineData("Peruvian lawmakers rejected the request.", "Peru")]
    [InlineData("A Nicaraguan government spokesperson rejected the request.", "Nicaragua")]
    public void Extract_StateGroupNoun_IsTheState(string text, string state) =>
        InventedArticle.Extract(text).Should().ContainSingle().Which.Actor.Canonical.Should().Be(state);

    [Fact]
    public void Extract_UnnamedGroupWithoutAState_IsNoActor() =>
        InventedArticle.Extract("Military advisers trained the pilots.").Should().BeEmpty();
}
