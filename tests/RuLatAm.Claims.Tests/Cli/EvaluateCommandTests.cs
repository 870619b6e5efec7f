using System.Text.Json;
using RuLatAm.Claims.Serialization;
using static RuLatAm.Claims.Tests.Evaluation.TestClaims;

namespace RuLatAm.Claims.Tests.Cli;

[Collection(ConsoleRun.Collection)]
public sealed class EvaluateCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public EvaluateCommandTests()
    {
        WriteClaims("gold/doc-a.jsonl", Document("doc-a",
            At(10, 20) with { Date = Date("2020-03-02") },
            At(30, 40, "Sergey Lavrov") with { Target = Target(41, 45, "Cuba") }));
        WriteClaims("gold/doc-b.jsonl", Document("doc-b", At(10, 20, "Jose Mujica") with { Date = Date("2020-03-02") }));
        WriteClaims("pred.jsonl",
            Document("doc-a",
                At(12, 18, "President Vladimir Putin") with { Date = Date("2020-03-02") }, // matched, full
                At(30, 40, "Raul Castro")),                                                // wrong actor
            Document("doc-b", At(15, 25, "Jos\u00E9 Mujica") with { Date = Date("2020-03-03") })); // matched, wrong date
    }

    [Fact]
    public void Evaluate_Json_PrintsMicroFiguresFieldsAndDocuments()
    {
        var run = ConsoleRun.Start(_folder.Path, "evaluate", "--gold", "gold", "--pred", "pred.jsonl", "--json");

        run.ExitCode.Should().Be(0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Figure(root, "claim", "p").Should().BeApproximately(2.0 / 3, 1e-4);
        Figure(root, "claim", "r").Should().BeApproximately(2.0 / 3, 1e-4);
        Figure(root, "claim", "f1").Should().BeApproximately(2.0 / 3, 1e-4);
        Figure(root, "full", "p").Should().BeApproximately(1.0 / 3, 1e-4);
        Figure(root, "full", "r").Should().BeApproximately(1.0 / 3, 1e-4);
        Figure(root, "full", "f1").Should().BeApproximately(1.0 / 3, 1e-4);
        Figure(root, "fields", "date").Should().Be(0.5);
        Figure(root, "fields", "target").Should().Be(1);
        root.GetProperty("fields").EnumerateObject().Select(p => p.Name).Should().Contain(["target", "date", "source", "modality", "quote"]);
        root.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("document").GetString()).Should().Equal("doc-a", "doc-b");
    }

    [Fact]
    public void Evaluate_WithoutJson_PrintsATableWithTheMicroRow()
    {
        var run = ConsoleRun.Start(_folder.Path, "evaluate", "--gold", "gold", "--pred", "pred.jsonl");

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().Contain("doc-a").And.Contain("micro").And.Contain("0.667");
    }

    [Fact]
    public void Evaluate_PredictionsForADocumentWithoutGold_WarnsAndLeavesThemOut()
    {
        WriteClaims("extra.jsonl", Document("doc-a", At(10, 20)), Document("unannotated", At(10, 20)));

        var run = ConsoleRun.Start(_folder.Path, "evaluate", "--gold", "gold", "--pred", "extra.jsonl", "--json");

        run.ExitCode.Should().Be(0, run.Stderr);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("unannotated");
        using var json = JsonDocument.Parse(run.Stdout);
        Figure(json.RootElement, "claim", "p").Should().Be(1);
    }

    [Fact]
    public void Evaluate_MissingGoldFolder_FailsWithOneLine() =>
        ConsoleRun.Start(_folder.Path, "evaluate", "--gold", "nowhere", "--pred", "pred.jsonl").ShouldFailWithOneLine("nowhere");

    [Fact]
    public void Evaluate_GoldFolderWithoutFiles_FailsWithOneLine()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "empty"));

        ConsoleRun.Start(_folder.Path, "evaluate", "--gold", "empty", "--pred", "pred.jsonl").ShouldFailWithOneLine("empty");
    }

    [Fact]
    public void Evaluate_MissingPredictions_FailsWithOneLine() =>
        ConsoleRun.Start(_folder.Path, "evaluate", "--gold", "gold", "--pred", "missing.jsonl").ShouldFailWithOneLine("missing.jsonl");

    [Fact]
    public void Evaluate_MalformedPredictionLine_FailsNamingTheLine()
    {
        _folder.Write("bad.jsonl", ClaimJsonLines.Serialize("doc-a", At(10, 20)) + "\n{\"document\": \"doc-a\"\n");

        ConsoleRun.Start(_folder.Path, "evaluate", "--gold", "gold", "--pred", "bad.jsonl").ShouldFailWithOneLine("Line 2");
    }

    [Fact]
    public void Evaluate_MalformedGoldLine_FailsNamingFileAndLine()
    {
        _folder.Write("gold/doc-c.jsonl", "not json\n");

        var run = ConsoleRun.Start(_folder.Path, "evaluate", "--gold", "gold", "--pred", "pred.jsonl");

        run.ShouldFailWithOneLine("doc-c.jsonl");
        run.ErrorLines[0].Should().Contain("Line 1");
    }

    public void Dispose() => _folder.Dispose();

    private static double Figure(JsonElement root, string group, string name) => root.GetProperty(group).GetProperty(name).GetDouble();

    private void WriteClaims(string name, params DocumentClaims[] documents)
    {
        using var writer = new StringWriter();
        foreach (var document in documents)
        {
            ClaimJsonLines.Write(writer, document);
        }

        _folder.Write(name, writer.ToString());
    }
}
