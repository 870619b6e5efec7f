using System.CommandLine;

namespace RuLatAm.Claims.Training.Commands;

/// <summary>Options the tagger and lemmatizer commands share; paths default to the layout seen from the repository root.</summary>
internal static class TaggingOptions
{
    public static Option<DirectoryInfo> Data() => new("--data")
    {
        Description = "Folder with en_ewt-ud-train.conllu and en_ewt-ud-dev.conllu (read in place).",
        HelpName = "DIR",
        DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("..", "shared", "data", "ud-english-ewt")),
    };

    public static Option<DirectoryInfo> Models() => new("--models")
    {
        Description = "Folder the models are written to and read from.",
        HelpName = "DIR",
        DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("src", "RuLatAm.Claims", "Resources")),
    };

    public static Option<FileInfo> Evaluator() => new("--evaluator")
    {
        Description = "The official CoNLL 2018 evaluation script; raw-text figures are skipped when it is missing.",
        HelpName = "FILE",
        DefaultValueFactory = _ => new FileInfo(Path.Combine("..", "tools-ext", "conll18_ud_eval.py")),
    };

    public static Option<int> Seed() => new("--seed")
    {
        Description = "Seed of the trainer; the same seed and data give the same model bytes.",
        DefaultValueFactory = _ => 1,
    };

    public static string TrainFile(DirectoryInfo data) => Path.Combine(data.FullName, "en_ewt-ud-train.conllu");

    public static string DevFile(DirectoryInfo data) => Path.Combine(data.FullName, "en_ewt-ud-dev.conllu");
}
