using System.CommandLine;
using RuLatAm.Claims.Training.Commands;

var root = new RootCommand("RuLatAm.Claims training and evaluation: trains and scores the library's models from ../shared/data in place.")
{
    EvalTokensCommand.Create(),
    TrainNerCommand.Create(),
    EvalNerCommand.Create(),
    TrainParserCommand.Create(),
    TrainTaggerCommand.Create(),
    TrainLemmatizerCommand.Create(),
    EvaluateTaggingCommand.Create(),
    TagTreebankCommand.Create(),
};
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
