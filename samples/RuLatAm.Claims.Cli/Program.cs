using System.CommandLine;
using RuLatAm.Claims;
using RuLatAm.Claims.Cli.Commands;

// Reading the models takes a few hundred milliseconds: for the commands that extract, start it now, so that it
// overlaps parsing the command line and reading the first article. A failure here surfaces again, as one line,
// when the command itself asks for the extractor.
if (args is ["extract" or "evaluate", ..] && !args.Any(a => a is "-h" or "--help" or "-?"))
{
    _ = Task.Run(() => ClaimExtractor.Default);
}

var root = new RootCommand("RuLatAm.Claims: structured, checkable claims from English news about Russia and Latin America.")
{
    ExtractCommand.Create(),
    EvaluateCommand.Create(),
    BenchCommand.Create(),
    ParseCommand.Create(),
    NerCommand.Create(),
};
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
