using System.Diagnostics;
using System.Text.RegularExpressions;

namespace RuLatAm.Claims.Tests.Cli;

public sealed partial class ParseCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("parse-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Parse_TextFile_WritesConlluWithTenColumns()
    {
        var input = Path.Combine(_folder, "in.txt");
        var output = Path.Combine(_folder, "out.conllu");
        await File.WriteAllTextAsync(input, "Bolivia's minister arrived.Talks began on Monday.\n\nA headline\n");

        var (exitCode, _, _) = await RunAsync("parse", input, "--out", output);

        exitCode.Should().Be(0);
        var lines = await File.ReadAllLinesAsync(output);
        lines.Should().Contain("# text = Bolivia's minister arrived.").And.Contain("# text = A headline");
        lines.Count(line => line.StartsWith("# sent_id = ", StringComparison.Ordinal)).Should().Be(3);
        var rows = lines.Where(line => line.Length > 0 && line[0] != '#').ToArray();
        rows.Should().NotBeEmpty().And.OnlyContain(line => Row().IsMatch(line));
        rows.Should().Contain(line => line.StartsWith("1-2\tBolivia's\t", StringComparison.Ordinal));
        rows.Should().Contain(line => line.StartsWith("5\t.\t", StringComparison.Ordinal) && line.EndsWith("\tSpaceAfter=No", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Parse_MissingFile_PrintsOneLineAndFails()
    {
        var (exitCode, _, error) = await RunAsync("parse", Path.Combine(_folder, "absent.txt"));

        exitCode.Should().NotBe(0);
        error.TrimEnd().Split('\n').Should().ContainSingle().Which.Should().StartWith("error:").And.Contain("absent.txt");
    }

    // ID (a number or a range), FORM, six more columns, MISC; no empty field.
    [GeneratedRegex(@"^(\d+|\d+-\d+)\t[^\t]+(\t[^\t]+){8}$")]
    private static partial Regex Row();

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments)
    {
        var console = Path.Combine(AppContext.BaseDirectory, "rulatam-claims.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(console);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
