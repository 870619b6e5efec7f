namespace RuLatAm.Claims.Tests.Linking;

/// <summary>"The bloc", "the ministry", "the country" with nothing named before they could refer to are no actors.</summary>
public sealed class UnmatchedBackReferenceTests
{
    [Theory]
    [InlineData("The bloc will meet in the spring.", "meet")]
    [InlineData("The ministry will publish the figures in the spring.", "publish")]
    [InlineData("The country will build a new port in the north.", "build")]
    public void Extract_BackReferenceWithNoAntecedent_IsNoActor(string text, string lemma)
    {
        var claims = Building.InventedArticle.Extract(text);

        claims.Should().NotContain(c => c.Action.Lemma == lemma);
    }
}
