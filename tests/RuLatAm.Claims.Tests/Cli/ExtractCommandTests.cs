using System.Text.Json;

namespace RuLatAm.Claims.Tests.Cli;

[Collection(ConsoleRun.Collection)]
public sealed class ExtractCommandTests : IDisposable
{
    // Invented sentences; "said ... on Monday" resolves to the Monday before the publication date.
    private const string Quote = "\u201CWe will sign the pact soon,\u201D said Jos\u00E9 Ruiz on Monday.\n";
    private const string TwoQuotes = Quote + "\n\u201CTalks resumed,\u201D Ana Costa told reporters on Monday.\n";

    private readonly TempFolder _folder = new();

    [Fact]
    public void Extract_FolderWithManifest_TakesIdsOrderAndDatesFromIt()
    {
        _folder.Write("alpha.txt", Quote);
        _folder.Write("beta.txt", Quote);
        _folder.Write("2019-01-01-gamma.txt", Quote); // the manifest's date beats the one in the name
        _folder.Write("manifest.json", """
            [ {"id": "beta", "published": "2020-03-04"},
              {"id": "alpha", "published": "2021-06-10", "title": null},
              {"id": "2019-01-01-gamma", "published": "2022-08-19"} ]
            """);

        var run = ConsoleRun.Start(_folder.Path, "extract", ".");

        run.ExitCode.Should().Be(0, run.Stderr);
        var claims = Lines(run.Stdout);
        claims.Select(c => c.GetProperty("document").GetString()).Distinct().Should().Equal("beta", "alpha", "2019-01-01-gamma");
        claims.Select(DateValue).Should().Equal("2020-03-02", "2021-06-07", "2022-08-15");
    }

    [Fact]
    public void Extract_FolderWithUnreadableFiles_SkipsThemNamesThemAndExtractsTheRest()
    {
        _folder.Write("a-good.txt", Quote);
        _folder.WriteBytes("b-invalid.txt", [0x61, 0x20, 0xFF, 0xFE, 0x62]);
        _folder.Write("c-good.txt", Quote);

        var run = ConsoleRun.Start(_folder.Path, "extract", ".", "--published", "2020-03-04");

        run.ExitCode.Should().Be(1);
        Lines(run.Stdout).Select(c => c.GetProperty("document").GetString()).Distinct().Should().Equal("a-good", "c-good");
        run.ErrorLines.Should().Contain(line => line.StartsWith("skipped:", StringComparison.Ordinal) && line.Contains("b-invalid.txt", StringComparison.Ordinal));
        run.Stderr.Should().NotContain("   at ");
    }

    [Fact]
    public void Extract_FileWithoutDate_FailsWithOneLine()
    {
        _folder.Write("note.txt", Quote);

        ConsoleRun.Start(_folder.Path, "extract", "note.txt").ShouldFailWithOneLine("--published");
    }

    [Fact]
    public void Extract_FileWithoutDateButPublished_UsesThatDate()
    {
        _folder.Write("note.txt", Quote);

        var run = ConsoleRun.Start(_folder.Path, "extract", "note.txt", "--published", "2020-03-04");

        run.ExitCode.Should().Be(0, run.Stderr);
        Lines(run.Stdout).Select(DateValue).Should().Equal("2020-03-02");
    }

    [Theory]
    [InlineData("2020-13-45")]
    [InlineData("04/03/2020")]
    [InlineData("2021-02-29")] // not a leap year
    public void Extract_BadPublishedValue_FailsNamingTheOption(string value)
    {
        _folder.Write("note.txt", Quote);

        var run = ConsoleRun.Start(_folder.Path, "extract", "note.txt", "--published", value);

        run.ShouldFailWithOneLine("--published");
        run.ErrorLines[0].Should().Contain(value);
    }

    [Fact]
    public void Extract_MissingFolder_FailsWithOneLine() =>
        ConsoleRun.Start(_folder.Path, "extract", "no-such-folder").ShouldFailWithOneLine("no-such-folder");

    [Theory]
    [InlineData("{ this is not json", "not valid JSON")]
    [InlineData("{\"id\": \"note\", \"published\": \"2020-03-04\"}", "JSON list")]
    [InlineData("[{\"published\": \"2020-03-04\"}]", "entry 1")]
    [InlineData("[{\"id\": \"other\", \"published\": \"2020-03-04\"}, {\"id\": \"note\", \"published\": \"2020-13-45\"}]", "2020-13-45")]
    [InlineData("[{\"id\": \"note\", \"published\": 20200304}]", "entry 1")]
    public void Extract_MalformedManifest_FailsNamingTheManifest(string manifest, string mentioning)
    {
        _folder.Write("note.txt", Quote);
        _folder.Write("manifest.json", manifest);

        var run = ConsoleRun.Start(_folder.Path, "extract", ".");

        run.ShouldFailWithOneLine("manifest.json");
        run.ErrorLines[0].Should().Contain(mentioning);
    }

    [Fact]
    public void Extract_InvalidUtf8_FailsNamingTheFile()
    {
        _folder.WriteBytes("latin1.txt", [0x53, 0x61, 0x6F, 0x20, 0x50, 0x61, 0x75, 0x6C, 0xE3, 0x6F, 0x20, 0x76, 0x6F, 0x74, 0x65, 0x64, 0x2E]);

        var run = ConsoleRun.Start(_folder.Path, "extract", "latin1.txt", "--published", "2020-03-04");

        run.ExitCode.Should().Be(1);
        run.Stdout.Should().BeEmpty();
        run.ErrorLines[0].Should().Contain("latin1.txt").And.Contain("UTF-8");
        run.Stderr.Should().NotContain("   at ");
    }

    [Fact]
    public void Extract_EmptyFile_GivesNoClaimsAndSucceeds()
    {
        _folder.Write("empty.txt", "");

        var run = ConsoleRun.Start(_folder.Path, "extract", "empty.txt", "--published", "2020-03-04");

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void Extract_Output_IsJsonLinesWhoseSpansPointAtTheInput()
    {
        // A byte order mark, non-ASCII letters and CRLF line ends: offsets are UTF-16 units into the text after the mark.
        var text = "\u201CWe need more trade,\u201D said Mar\u00EDa Pe\u00F1a in S\u00E3o Paulo on Monday.\r\n\r\n" + TwoQuotes;
        _folder.WriteBytes("note.txt", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(text)]);

        var run = ConsoleRun.Start(_folder.Path, "extract", "note.txt", "--published", "2020-03-04", "--out", "claims/out.jsonl");

        run.ExitCode.Should().Be(0, run.Stderr);
        var claims = Lines(File.ReadAllText(Path.Combine(_folder.Path, "claims", "out.jsonl")));
        claims.Should().NotBeEmpty();
        foreach (var claim in claims)
        {
            foreach (var field in new[] { "actor", "action", "target", "date", "source", "quote", "evidence" })
            {
                if (claim.GetProperty(field) is { ValueKind: JsonValueKind.Object } mention)
                {
                    var start = mention.GetProperty("start").GetInt32();
                    var end = mention.GetProperty("end").GetInt32();
                    text[start..end].Should().Be(mention.GetProperty("text").GetString(), "{0} of {1}", field, claim);
                }
            }
        }
    }

    public void Dispose() => _folder.Dispose();

    private static string? DateValue(JsonElement claim) =>
        claim.GetProperty("date") is { ValueKind: JsonValueKind.Object } date ? date.GetProperty("value").GetString() : null;

    private static List<JsonElement> Lines(string jsonLines)
    {
        var lines = jsonLines.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().OnlyContain(line => line.Length > 0 && !line.Contains('\r'));
        return [.. lines.Select(line => JsonDocument.Parse(line).RootElement.Clone())];
    }
}
