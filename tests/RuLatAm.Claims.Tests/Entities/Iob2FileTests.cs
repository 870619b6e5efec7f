using RuLatAm.Claims.Entities;

namespace RuLatAm.Claims.Tests.Entities;

public sealed class Iob2FileTests
{
    private const string Sample =
        "# sent_id = invented-0001\n# text = Ana Ruiz visited Quito.\n" +
        "1\tAna\tB-PER\t-\tannotator\n2\tRuiz\tI-PER\t-\tannotator\n3\tvisited\tO\n4\tQuito\tB-LOC\t-\tannotator\n5\t.\tO\n\n" +
        "# sent_id = invented-0002\n1\tThanks\tO\n\n";

    [Fact]
    public void Read_SplitsSentencesAtBlankLines_KeepingComments()
    {
        var sentences = Iob2File.Read(new StringReader(Sample));

        sentences.Should().HaveCount(2);
        sentences[0].Comments.Should().Equal("# sent_id = invented-0001", "# text = Ana Ruiz visited Quito.");
        sentences[0].Tokens().Should().Equal("Ana", "Ruiz", "visited", "Quito", ".");
        BioTags.ToSpans(sentences[0].Tags()).Should().Equal(new EntitySpan(0, 2, "PER"), new EntitySpan(3, 4, "LOC"));
    }

    [Fact]
    public void Write_WhatWasRead_GivesTheSameText()
    {
        var writer = new StringWriter();

        Iob2File.Write(writer, Iob2File.Read(new StringReader(Sample)));

        writer.ToString().Should().Be(Sample);
    }

    [Fact]
    public void WithTags_ReplacesOnlyTheThirdColumn()
    {
        var sentence = Iob2File.Read(new StringReader("1\tLima\tO\n2\tand\n"))[0];

        var tagged = sentence.WithTags([BioTags.Parse("B-LOC"), BioTags.Outside]);

        tagged.Rows.Should().BeEquivalentTo(new[] { new[] { "1", "Lima", "B-LOC" }, new[] { "2", "and", "O" } }, o => o.WithStrictOrdering());
    }

    [Theory]
    [InlineData("1\tLima\tO\nLima-without-tabs\n", "Line 2*")]
    [InlineData("1\t\tO\n", "Line 1*")]
    public void Read_MalformedLine_ThrowsNamingTheLine(string text, string message) =>
        FluentActions.Invoking(() => Iob2File.Read(new StringReader(text))).Should().Throw<FormatException>().WithMessage(message);
}
