namespace RuLatAm.Claims.Tests.Building;

/// <summary>"his government", "her country" after a named subject in the same sentence stand for the state that person serves.</summary>
public sealed class ServedStateTests
{
    [Theory]
    [InlineData("Putin met Correa in Moscow. Bachelet said her government would not join the sanctions.", "Chile")]
    [InlineData("Putin met Correa in Moscow. Humala said his country would buy Russian helicopters.", "Peru")]
    public void Extract_PossessedGroupAfterANamedSpeaker_IsTheSpeakersState(string text, string state) =>
        InventedArticle.Extract(text).Should().Contain(c => c.Kind == ClaimKind.Event && c.Actor.Canonical == state)
            .And.NotContain(c => c.Kind == ClaimKind.Event && c.Actor.Canonical == "Ecuador");
}
