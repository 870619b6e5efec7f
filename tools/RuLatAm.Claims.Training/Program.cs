using System.CommandLine;
using RuLatAm.Claims.Training.Commands;

var root = new RootCommand("RuLatAm.Claims training: trains and scores the library's models from ../shared/data.")
{
    TrainNerCommand.Create(),
    EvalNerCommand.Create(),
};
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
