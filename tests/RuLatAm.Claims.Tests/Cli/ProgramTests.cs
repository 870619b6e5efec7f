namespace RuLatAm.Claims.Tests.Cli;

[Collection(ConsoleRun.Collection)]
public sealed class ProgramTests
{
    [Theory]
    [InlineData(new[] { "--help" }, "extract")]
    [InlineData(new[] { "-h" }, "evaluate")]
    [InlineData(new[] { "extract", "--help" }, "--published")]
    [InlineData(new[] { "evaluate", "--help" }, "--gold")]
    public void Main_Help_DescribesTheCommandAndSucceeds(string[] args, string mentioning)
    {
        var run = ConsoleRun.Start(AppContext.BaseDirectory, args);

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().Contain("Usage:").And.Contain(mentioning);
        run.Stderr.Should().BeEmpty();
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("extract")]                       // the path argument is required
    [InlineData("evaluate", "--pred")]            // an option without its value
    public void Main_BadCommandLine_FailsWithoutAStackTrace(params string[] args)
    {
        var run = ConsoleRun.Start(AppContext.BaseDirectory, args);

        run.ExitCode.Should().NotBe(0);
        run.ErrorLines.Should().NotBeEmpty();
        run.Stderr.Should().NotContain("   at ").And.NotContain("Exception");
    }
}
