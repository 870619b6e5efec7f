using System.CommandLine;
using RuLatAm.Claims.Cli.Commands;

var root = new RootCommand("RuLatAm.Claims: structured, checkable claims from English news about Russia and Latin America.")
{
    ExtractCommand.Create(),
    EvaluateCommand.Create(),
    BenchCommand.Create(),
    ParseCommand.Create(),
    NerCommand.Create(),
};
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
