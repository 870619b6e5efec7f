namespace RuLatAm.Claims.Tests.Building;

/// <summary>Every gerund of a list after "participated in" names part of that act, not a claim of its own.</summary>
public sealed class GerundListTests
{
    [Theory]
    [InlineData("Beijing added that China had never engaged in colonizing the continent and exploiting, dividing, fighting or employing violence against its inhabitants.")]
    [InlineData("Beijing stressed that China had never participated in invading the islands and robbing, dividing, attacking or employing violence against their residents.")]
    public void Extract_ListOfGerundsAfterParticipatedIn_MakesNoClaimForAny(string sentence)
    {
        var claims = InventedArticle.Extract(sentence);

        claims.Select(c => c.Action.Lemma).Should().NotContain(["fight", "attack", "employ"]);
        claims.Should().Contain(c => c.Actor.Canonical == "China" && c.Modality == Modality.Negated);
    }
}
