namespace RuLatAm.Claims.Tests.Building;

/// <summary>"according to X" makes X the source of the sentence's claims, X being a name or the owner of the figures.</summary>
public sealed class AccordingToTests
{
    [Theory]
    [InlineData("According to TASS, Russia will send two frigates to Cuba.", "TASS")]
    [InlineData("Peru bought two Russian helicopters last year, according to Reuters calculations.", "Reuters")]
    [InlineData("Russia sent two frigates. The U.S. Southern Command is monitoring them closely, according to its commander, General Laura Richardson.", "Laura Richardson")]
    public void Extract_AccordingTo_SourcesTheEvent(string sentence, string source)
    {
        var claim = InventedArticle.Extract(sentence).Should().ContainSingle(c => c.Kind == ClaimKind.Event && c.Source != null).Subject;

        claim.Source!.Canonical.Should().Be(source);
        claim.Source.Kind.Should().Be(SourceKind.AccordingTo);
    }
}
