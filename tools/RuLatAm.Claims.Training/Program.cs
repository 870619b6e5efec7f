using System.CommandLine;
using RuLatAm.Claims.Training.Commands;

var root = new RootCommand("Trains the RuLatAm.Claims models from the open corpora and scores them on their dev splits.")
{
    TrainTaggerCommand.Create(),
    TrainLemmatizerCommand.Create(),
    EvaluateTaggingCommand.Create(),
};
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
