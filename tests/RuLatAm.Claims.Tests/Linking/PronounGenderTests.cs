using RuLatAm.Claims.Linking;

namespace RuLatAm.Claims.Tests.Linking;

/// <summary>"he" and "she" refer to the most recent person they can agree with.</summary>
public sealed class PronounGenderTests
{
    [Fact]
    public void Extract_SheAfterAWomanThenAMan_IsTheWoman() =>
        Building.InventedArticle.Extract("Bachelet met Putin in Moscow on Monday. She said Chile would buy Russian wheat.")
            .Should().ContainSingle(c => c.Action.Lemma == "say").Which.Actor.Canonical.Should().Be("Michelle Bachelet");

    [Fact]
    public void Extract_HeAfterAManThenAWoman_IsTheMan() =>
        Building.InventedArticle.Extract("Putin met Bachelet in Moscow on Monday. He said Russia would sell wheat to Chile.")
            .Should().ContainSingle(c => c.Action.Lemma == "say").Which.Actor.Canonical.Should().Be("Vladimir Putin");

    [Fact]
    public void Extract_PersonOfUnknownGender_IsTakenByEitherPronoun() =>
        Building.InventedArticle.Extract("Putin met the economist Ana Quispe Mamani in Moscow. She said Peru would buy Russian wheat.")
            .Should().ContainSingle(c => c.Action.Lemma == "say").Which.Actor.Canonical.Should().Be("Ana Quispe Mamani");

    [Fact]
    public void Catalogue_EveryPerson_HasAGender()
    {
        using var people = typeof(ActorCatalogue).Assembly.GetManifestResourceStream("RuLatAm.Claims.people.json")!;
        var names = System.Text.Json.JsonDocument.Parse(people).RootElement.EnumerateArray()
            .Select(p => p.GetProperty("name").GetString()!).ToList();

        names.Should().HaveCountGreaterThan(700);

        names.Should().OnlyContain(name => ActorCatalogue.Default.GenderOf(name) != null);
    }

    [Theory]
    [InlineData("Dilma Rousseff", "Female")]
    [InlineData("Xiomara Castro", "Female")]
    [InlineData("Maria Zakharova", "Female")]
    [InlineData("Raul Castro", "Male")]
    [InlineData("Sergei Lavrov", "Male")]
    public void Catalogue_KnownPerson_HasTheirGender(string name, string gender) =>
        ActorCatalogue.Default.GenderOf(name).ToString().Should().Be(gender);
}
