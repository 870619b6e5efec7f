using System.CommandLine;
using RuLatAm.Claims.Training.Commands;

var root = new RootCommand("RuLatAm.Claims training and evaluation tools: read ../shared/data in place, print dev figures.")
{
    EvalTokensCommand.Create(),
};
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
