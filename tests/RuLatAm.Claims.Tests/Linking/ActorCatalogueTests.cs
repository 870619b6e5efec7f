using System.Globalization;
using RuLatAm.Claims.Linking;

namespace RuLatAm.Claims.Tests.Linking;

public sealed class ActorCatalogueTests
{
    private static ActorCatalogue Catalogue => ActorCatalogue.Default;

    [Theory]
    [InlineData("the Kremlin", "Russia", EntityType.Gpe)]
    [InlineData("Moscow", "Russia", EntityType.Gpe)]
    [InlineData("Washington", "United States", EntityType.Gpe)]
    [InlineData("the White House", "United States", EntityType.Gpe)]
    [InlineData("U.S.", "United States", EntityType.Gpe)]
    [InlineData("Havana", "Cuba", EntityType.Gpe)]
    [InlineData("Caracas", "Venezuela", EntityType.Gpe)]
    [InlineData("Brasília", "Brazil", EntityType.Gpe)]
    [InlineData("Balsonaro", "Jair Bolsonaro", EntityType.Person)]
    [InlineData("Sergey Lavrov", "Sergei Lavrov", EntityType.Person)]
    [InlineData("Nicaragua's army", "Nicaraguan Army", EntityType.Org)]
    [InlineData("Nicaragua's National Assembly", "National Assembly of Nicaragua", EntityType.Org)]
    [InlineData("Russia's defense ministry", "Russian Defense Ministry", EntityType.Org)]
    [InlineData("Lula", "Luiz Inacio Lula da Silva", EntityType.Person)]
    [InlineData("Gazprom", "Gazprom", EntityType.Org)]
    [InlineData("Organization of American States", "OAS", EntityType.Org)]
    [InlineData("ITAR-TASS", "TASS", EntityType.Org)]
    public void Find_KnownNameAliasOrMetonym_GivesTheCanonicalActor(string mention, string canonical, EntityType type)
    {
        var actor = Catalogue.Find(mention);

        actor.Should().NotBeNull();
        actor!.Name.Should().Be(canonical);
        actor.Type.Should().Be(type);
    }

    [Theory]
    [InlineData("Maduro", "2023-03-14", "Nicolas Maduro")]
    [InlineData("Maduro", "2004-06-01", "Ricardo Maduro")]
    [InlineData("Putin", "2023-03-14", "Vladimir Putin")]
    public void PersonWithLastName_SharedName_GivesTheBearerInOfficeThatDay(string lastName, string date, string person) =>
        (Catalogue.PersonWithLastName(lastName, DateOnly.Parse(date, CultureInfo.InvariantCulture))?.Name).Should().Be(person);

    [Theory]
    [InlineData("Castro", "2019-06-01")]
    [InlineData("Zorblax", "2019-06-01")]
    public void PersonWithLastName_FormerHolderStillRecentOrNoBearer_GivesNull(string lastName, string date) =>
        Catalogue.PersonWithLastName(lastName, DateOnly.Parse(date, CultureInfo.InvariantCulture)).Should().BeNull();

    [Fact]
    public void Find_UnknownName_GivesNull() => Catalogue.Find("Zorblax Quintero").Should().BeNull();

    [Theory]
    [InlineData("foreign-minister", "Russia", "2014-07-10", "Sergei Lavrov")]
    [InlineData("head-of-state", "Russia", "2010-01-01", "Dmitry Medvedev")]
    [InlineData("head-of-state", "Brazil", "2022-02-16", "Jair Bolsonaro")]
    [InlineData("head-of-state", "Brazil", "2024-02-16", "Luiz Inacio Lula da Silva")]
    [InlineData("head-of-state", "United States", "2022-02-16", "Joe Biden")]
    [InlineData("foreign-minister", "United States", "2022-02-16", "Antony Blinken")]
    [InlineData("head-of-state", "Argentina", "2014-07-10", "Cristina Fernandez de Kirchner")]
    public void FindOfficeHolder_OnADate_GivesWhoHeldTheOfficeThatDay(string role, string state, string date, string holder) =>
        Catalogue.FindOfficeHolder(role, state, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(holder);

    [Fact]
    public void FindOfficeHolder_BeforeAnyRecord_GivesNull() =>
        Catalogue.FindOfficeHolder("head-of-state", "Russia", new DateOnly(1900, 1, 1)).Should().BeNull();

    [Fact]
    public void Find_NullName_Throws() =>
        FluentActions.Invoking(() => Catalogue.Find(null!)).Should().Throw<ArgumentNullException>();
}
