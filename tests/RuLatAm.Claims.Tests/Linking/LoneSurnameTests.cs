namespace RuLatAm.Claims.Tests.Linking;

/// <summary>A lone catalogued surname is the person, even where the recognizer labels it a place.</summary>
public sealed class LoneSurnameTests
{
    [Theory]
    [InlineData("Earlier this month, Humala met with Chinese diplomats in the capital.", "Ollanta Humala")]
    [InlineData("Earlier this month, Cartes met with Chinese diplomats in the capital.", "Horacio Cartes")]
    public void Extract_LoneSurnameOfAnOfficeHolder_IsThePerson(string sentence, string person) =>
        Building.InventedArticle.Extract(sentence).Should().ContainSingle(c => c.Action.Lemma == "meet").Which.Actor.Canonical.Should().Be(person);
}
