using System.CommandLine;
using RuLatAm.Claims.Training.Commands;

var root = new RootCommand("RuLatAm.Claims training: trains the library's models from the open corpora in ../shared/data.")
{
    TrainParserCommand.Create(),
};
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
