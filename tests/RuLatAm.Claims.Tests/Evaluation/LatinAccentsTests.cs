using System.Globalization;
using System.Text;
using RuLatAm.Claims.Evaluation;

namespace RuLatAm.Claims.Tests.Evaluation;

public sealed class LatinAccentsTests
{
    [Fact]
    public void Fold_EveryCharacterOfTheTable_GivesTheBaseOfItsCanonicalDecomposition()
    {
        // The test host has ICU, so decomposition here is the reference the table must reproduce.
        for (var c = '\u00C0'; c <= '\u017F'; c++)
        {
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var hasBase = decomposed.Length > 1 && decomposed.Skip(1).All(m => CharUnicodeInfo.GetUnicodeCategory(m) == UnicodeCategory.NonSpacingMark);
            LatinAccents.Fold(c).Should().Be(hasBase ? decomposed[0] : c, "U+{0:X4} '{1}'", (int)c, c);
        }
    }

    [Theory]
    [InlineData('a', 'a')]
    [InlineData('\u00BF', '\u00BF')]   // just before the table
    [InlineData('\u0180', '\u0180')]   // just after it
    [InlineData('\u0439', '\u0439')]   // Cyrillic is left alone
    public void Fold_OutsideTheTable_KeepsTheCharacter(char c, char expected) => LatinAccents.Fold(c).Should().Be(expected);
}
