using RuLatAm.Claims.Linking;

namespace RuLatAm.Claims.Tests.Linking;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Antigua & Barbuda", "antigua and barbuda")]
    [InlineData("Antigua&Barbuda", "antigua and barbuda")]
    [InlineData("  Bogotá  ", "bogota")]
    [InlineData("U.N.", "un")]
    [InlineData("Kuala-Lumpur", "kuala lumpur")]
    [InlineData("O\u2019Neill", "o'neill")]
    [InlineData("", "")]
    public void Of_FoldsCaseAccentsDotsSpacesAndAmpersands(string name, string key) => NameKey.Of(name).Should().Be(key);

    [Fact]
    public void Of_NameLongerThanTheStackBuffer_IsFoldedLikeAShortOne()
    {
        var words = Enumerable.Repeat("Société & Cía.", 12).ToArray();
        var expected = string.Join(' ', Enumerable.Repeat("societe and cia", 12));

        NameKey.Of(string.Join(' ', words)).Should().Be(expected);
    }

    [Fact]
    public void Write_LeavesTheKeyAtTheStartOfTheBuffer()
    {
        var buffer = new char[NameKey.MaxLength(8)];

        var length = NameKey.Write("&&&&&&&&", buffer);

        new string(buffer, 0, length).Should().Be("and and and and and and and and");
    }
}
