using RuLatAm.Claims.Entities;

namespace RuLatAm.Claims.Tests.Entities;

public sealed class EntityGazetteerTests
{
    private static readonly EntityGazetteer Names = new(
    [
        ("Jair Messias Bolsonaro", "PER"),
        ("Bolsonaro", "PER"),
        ("the State Department", "ORG"),
        ("Montevideo", "LOC"),
    ]);

    [Fact]
    public void Mark_NameInText_MarksTheLongestMatchWithItsType()
    {
        var tags = Mark("Then Jair Messias Bolsonaro flew to Montevideo .");

        tags.Should().Equal(0, 1, 2, 2, 0, 0, 5, 0);
    }

    [Fact]
    public void Mark_IgnoresCaseOfLaterLettersAndAccents()
    {
        var tags = Mark("BOLSONARO met the State Department in Montevidéo");

        tags.Should().Equal(1, 0, 0, 3, 4, 0, 5);
    }

    [Fact]
    public void Mark_LowerCaseWord_IsNoName() =>
        Mark("montevideo is far").Should().OnlyContain(t => t == 0);

    [Fact]
    public void Mark_EmptyGazetteer_MarksNothing()
    {
        var empty = new EntityGazetteer([]);
        var tags = new byte[2];

        empty.Mark(["Montevideo", "."], tags);

        empty.IsEmpty.Should().BeTrue();
        tags.Should().OnlyContain(t => t == 0);
    }

    private static byte[] Mark(string sentence)
    {
        var words = sentence.Split(' ');
        var tags = new byte[words.Length];
        Names.Mark(words, tags);
        return tags;
    }
}
