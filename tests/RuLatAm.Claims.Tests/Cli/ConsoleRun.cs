using System.Diagnostics;
using System.Text;

namespace RuLatAm.Claims.Tests.Cli;

/// <summary>What one run of the console printed and returned.</summary>
internal sealed record ConsoleRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The xunit collection of console tests: one child process at a time, so they do not crowd the shared cores.</summary>
    public const string Collection = "Console";

    // A hung console must fail the test run rather than stall it; no test measures time with this.
    private static readonly TimeSpan s_limit = TimeSpan.FromMinutes(2);

    /// <summary>The lines of stderr that carry text.</summary>
    public string[] ErrorLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Runs the built console (copied beside the tests by the project reference) as a child process.</summary>
    /// <remarks>
    /// A process, not an in-process call: the console writes through <see cref="Console.OpenStandardOutput()"/>,
    /// which Console.SetOut cannot capture, and redirecting the global console would race with parallel tests.
    /// </remarks>
    public static ConsoleRun Start(string workingDirectory, params string[] args)
    {
        var console = Path.Combine(AppContext.BaseDirectory, "rulatam-claims.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(console);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(s_limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"rulatam-claims {string.Join(' ', args)} did not finish.");
        }

        return new ConsoleRun(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    /// <summary>Fails unless the run failed with exactly one line on stderr and no stack trace.</summary>
    public void ShouldFailWithOneLine(string mentioning)
    {
        ExitCode.Should().NotBe(0);
        ErrorLines.Should().ContainSingle().Which.Should().Contain(mentioning);
        Stderr.Should().NotContain("   at ").And.NotContain("Exception");
    }
}
