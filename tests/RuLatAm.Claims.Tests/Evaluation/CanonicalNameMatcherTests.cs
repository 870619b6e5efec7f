using RuLatAm.Claims.Evaluation;

namespace RuLatAm.Claims.Tests.Evaluation;

public sealed class CanonicalNameMatcherTests
{
    [Theory]
    [InlineData("Vladimir Putin", "vladimir putin")]            // lower-casing
    [InlineData("José Martí", "Jose Marti")]                     // accents removed
    [InlineData("President Vladimir Putin", "Vladimir Putin")]   // leading title removed
    [InlineData("Foreign Minister Sergey Lavrov", "Sergey Lavrov")]
    [InlineData("Former President Evo Morales", "Evo Morales")]  // a title qualified by "former"
    [InlineData("Deputy Foreign Minister Ryabkov", "Sergei Ryabkov")] // title removed, then last-name suffix
    [InlineData("Putin", "Vladimir Putin")]                      // last-name suffix
    [InlineData("Vladimir Putin", "Putin")]                      // either side may be the shorter
    [InlineData("Lula da Silva", "Luiz Inacio Lula da Silva")]   // a suffix of several words
    [InlineData("U.S.", "US")]                                   // full stops are not part of a name
    [InlineData("Diaz-Canel", "Miguel Diaz Canel")]              // a hyphen separates words
    public void Matches_SameActorWrittenDifferently_IsTrue(string a, string b) =>
        CanonicalNameMatcher.Matches(a, b).Should().BeTrue();

    [Theory]
    [InlineData("the Kremlin", "Russia")]
    [InlineData("Kremlin", "Russia")]
    [InlineData("Moscow", "Russia")]
    [InlineData("Washington", "United States")]
    [InlineData("the White House", "United States")]
    [InlineData("Havana", "Cuba")]
    [InlineData("the Kremlin", "Moscow")]                         // two metonyms of one state
    public void Matches_MetonymAndItsState_IsTrue(string metonym, string state) =>
        CanonicalNameMatcher.Matches(metonym, state).Should().BeTrue();

    [Theory]
    [InlineData("Fidel Castro", "Raul Castro")]     // same last name, different first name
    [InlineData("Castro", "Fidel Castro Ruz")]      // "Castro" is inside, but not at the end
    [InlineData("Russia", "United States")]
    [InlineData("Moscow", "Cuba")]                  // a metonym maps to its own state only
    [InlineData("Vladimir Putin", "Vladimir")]      // a first name is not a last-name suffix
    [InlineData("Foreign Ministry", "Defense Ministry")] // "Foreign" qualifies no title here, so it stays
    [InlineData("Brasilia", "Brazil")]              // only the guideline's metonyms map to a state
    public void Matches_DifferentActors_IsFalse(string a, string b) =>
        CanonicalNameMatcher.Matches(a, b).Should().BeFalse();

    [Theory]
    [InlineData(null, "Russia")]
    [InlineData("Russia", null)]
    [InlineData("", "")]
    [InlineData("  ", "Russia")]
    [InlineData("...", "...")]                      // nothing left after punctuation is removed
    public void Matches_MissingName_IsFalse(string? a, string? b) =>
        CanonicalNameMatcher.Matches(a, b).Should().BeFalse();

    [Theory]
    [InlineData("President", new[] { "president" })]                   // a title alone is kept: it is the whole name
    [InlineData("The White House", new[] { "united", "states" })]
    [InlineData("Prime Minister's Office", new[] { "prime", "ministers", "office" })]
    [InlineData("General Secretary Xi Jinping", new[] { "xi", "jinping" })]
    public void Normalize_Name_GivesComparisonWords(string name, string[] expected) =>
        CanonicalNameMatcher.Normalize(name).Should().Equal(expected);
}
