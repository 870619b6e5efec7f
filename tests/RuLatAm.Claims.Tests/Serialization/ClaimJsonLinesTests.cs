using System.Text.Json;
using RuLatAm.Claims.Serialization;

namespace RuLatAm.Claims.Tests.Serialization;

public sealed class ClaimJsonLinesTests
{
    // Invented text: "Ministro José Ruiz said on Monday, according to Radio Sur, that Chile would sign the pact."
    private static readonly Claim Full = new(
        ClaimKind.Statement,
        new ActorMention("Ministro José Ruiz", "José Ruiz", EntityType.Person, new TextSpan(0, 18)),
        new ActionMention("said", "say", new TextSpan(19, 23)),
        new TargetMention("Chile", "Chile", new TextSpan(68, 73)),
        new DateMention("on Monday", "2020-03-02", new TextSpan(24, 33)),
        new SourceMention("José Ruiz", "José Ruiz", SourceKind.AccordingTo, "Radio Sur", new TextSpan(0, 18)),
        new QuoteMention("that Chile would sign the pact", new TextSpan(63, 93)),
        Modality.Planned,
        new EvidenceSpan("Ministro José Ruiz said on Monday \u201Cquoted\u201D.", new TextSpan(0, 94)));

    private static readonly Claim Bare = new(
        ClaimKind.Event,
        new ActorMention("the Kremlin", "Russia", EntityType.Gpe, new TextSpan(5, 16)),
        new ActionMention("did not confirm", "confirm", new TextSpan(17, 32)),
        Target: null,
        Date: null,
        Source: null,
        Quote: null,
        Modality.Negated,
        new EvidenceSpan("", new TextSpan(0, 40)));

    [Fact]
    public void Read_WhatWriteWrote_GivesEquivalentDocuments()
    {
        DocumentClaims[] documents =
        [
            new("2020-03-02-first", [Full, Bare]),
            new("2020-03-03-second", [Bare with { Target = new TargetMention("a loan", null, new TextSpan(33, 39)) }]),
        ];
        using var writer = new StringWriter();
        foreach (var document in documents)
        {
            ClaimJsonLines.Write(writer, document);
        }

        var read = ClaimJsonLines.Read(new StringReader(writer.ToString()));

        read.Should().BeEquivalentTo(documents, options => options.WithStrictOrdering());
    }

    [Fact]
    public void Write_OneClaim_WritesOneLine()
    {
        using var writer = new StringWriter();

        ClaimJsonLines.Write(writer, new DocumentClaims("doc", [Full]));

        writer.ToString().Should().EndWith("\n").And.Subject.Count(c => c == '\n').Should().Be(1);
    }

    [Fact]
    public void Serialize_Claim_UsesTheGuidelineFieldNamesInOrder()
    {
        using var json = JsonDocument.Parse(ClaimJsonLines.Serialize("doc", Full));
        var root = json.RootElement;

        Names(root).Should().Equal("document", "kind", "actor", "action", "target", "date", "source", "quote", "modality", "evidence");
        Names(root.GetProperty("actor")).Should().Equal("text", "canonical", "type", "start", "end");
        Names(root.GetProperty("action")).Should().Equal("text", "lemma", "start", "end");
        Names(root.GetProperty("target")).Should().Equal("text", "canonical", "start", "end");
        Names(root.GetProperty("date")).Should().Equal("text", "value", "start", "end");
        Names(root.GetProperty("source")).Should().Equal("text", "canonical", "kind", "via", "start", "end");
        Names(root.GetProperty("quote")).Should().Equal("text", "start", "end");
        Names(root.GetProperty("evidence")).Should().Equal("start", "end", "text");
    }

    [Fact]
    public void Serialize_Claim_SpellsEnumeratedValuesAsTheGuideline()
    {
        using var json = JsonDocument.Parse(ClaimJsonLines.Serialize("doc", Full));
        var root = json.RootElement;

        root.GetProperty("kind").GetString().Should().Be("statement");
        root.GetProperty("actor").GetProperty("type").GetString().Should().Be("PERSON");
        root.GetProperty("source").GetProperty("kind").GetString().Should().Be("according-to");
        root.GetProperty("modality").GetString().Should().Be("planned");
        root.GetProperty("date").GetProperty("value").GetString().Should().Be("2020-03-02");
    }

    [Fact]
    public void Serialize_MissingFields_WritesNull()
    {
        var claim = Bare with
        {
            Target = new TargetMention("a loan", null, new TextSpan(33, 39)),
            Date = new DateMention("recently", null, new TextSpan(0, 8)),
            Source = new SourceMention("Ruiz", "José Ruiz", SourceKind.Direct, null, new TextSpan(0, 4)),
        };
        using var json = JsonDocument.Parse(ClaimJsonLines.Serialize("doc", claim));
        var root = json.RootElement;

        root.GetProperty("quote").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("target").GetProperty("canonical").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("date").GetProperty("value").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("source").GetProperty("via").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Serialize_ClaimWithoutOptionalFields_WritesEachAsNull()
    {
        var line = ClaimJsonLines.Serialize("doc", Bare);

        line.Should().Contain("\"target\":null,\"date\":null,\"source\":null,\"quote\":null,\"modality\":\"negated\"");
    }

    [Fact]
    public void Serialize_NonAsciiText_IsWrittenAsIs() =>
        ClaimJsonLines.Serialize("doc", Full).Should().Contain("\"canonical\":\"José Ruiz\"").And.Contain("\u201Cquoted\u201D");

    [Theory]
    [InlineData("{not json", "Line 3")]
    [InlineData("[]", "Line 3")]
    [InlineData("{\"document\":\"doc\",\"kind\":\"event\"}", "'actor'")]                     // a required object is missing
    [InlineData("{\"document\":\"doc\",\"kind\":\"rumour\"}", "'kind'")]
    [InlineData(LineStart + "\"modality\":\"likely\"," + LineEnd, "'modality'")]
    [InlineData(LineStart + "\"modality\":\"planned\",\"evidence\":{\"start\":9,\"end\":2}}", "9-2")] // end before start
    public void Read_MalformedLine_ThrowsFormatExceptionNamingTheLine(string bad, string named)
    {
        var text = ClaimJsonLines.Serialize("doc", Bare) + "\n\n" + bad + "\n";

        FluentActions.Invoking(() => ClaimJsonLines.Read(new StringReader(text)))
            .Should().Throw<FormatException>().WithMessage("Line 3:*").Which.Message.Should().Contain(named);
    }

    [Fact]
    public void Read_BlankLinesAndCrLf_AreAccepted()
    {
        var line = ClaimJsonLines.Serialize("doc", Bare);

        var read = ClaimJsonLines.Read(new StringReader("\r\n" + line + "\r\n   \r\n" + line + "\r\n"));

        read.Should().ContainSingle().Which.Claims.Should().HaveCount(2);
    }

    [Fact]
    public void Read_ClaimsOfInterleavedDocuments_GroupsThemInOrderOfFirstAppearance()
    {
        var text = string.Join('\n', ClaimJsonLines.Serialize("b", Bare), ClaimJsonLines.Serialize("a", Full), ClaimJsonLines.Serialize("b", Full));

        var read = ClaimJsonLines.Read(new StringReader(text));

        read.Select(d => d.DocumentId).Should().Equal("b", "a");
        read[0].Claims.Select(c => c.Kind).Should().Equal(ClaimKind.Event, ClaimKind.Statement);
    }

    [Fact]
    public void Read_Empty_GivesNoDocuments() => ClaimJsonLines.Read(new StringReader("")).Should().BeEmpty();

    [Fact]
    public void Methods_NullArguments_Throw()
    {
        FluentActions.Invoking(() => ClaimJsonLines.Read(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ClaimJsonLines.Write(null!, DocumentClaims.Empty("doc"))).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ClaimJsonLines.Serialize("doc", null!)).Should().Throw<ArgumentNullException>();
    }

    private const string LineStart =
        "{\"document\":\"doc\",\"kind\":\"event\",\"actor\":{\"text\":\"Peru\",\"canonical\":\"Peru\",\"type\":\"GPE\",\"start\":0,\"end\":4}," +
        "\"action\":{\"text\":\"signed\",\"lemma\":\"sign\",\"start\":5,\"end\":11},\"target\":null,\"date\":null,\"source\":null,\"quote\":null,";

    private const string LineEnd = "\"evidence\":{\"start\":0,\"end\":12,\"text\":\"Peru signed.\"}}";

    private static List<string> Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];
}
