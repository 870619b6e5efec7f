using System.CommandLine;
using RuLatAm.Claims.Cli.Input;
using RuLatAm.Claims.Evaluation;
using RuLatAm.Claims.Serialization;

namespace RuLatAm.Claims.Cli.Commands;

/// <summary>`evaluate`: scores claims against gold as ANNOTATION.md section 5 says.</summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var gold = new Option<DirectoryInfo?>("--gold") { Description = "Folder of gold <id>.jsonl files (default: the bundled corpus/gold).", HelpName = "DIR" };
        var articles = new Option<DirectoryInfo?>("--articles") { Description = "Folder of articles to extract when --pred is not given (default: corpus/articles).", HelpName = "DIR" };
        var predictions = new Option<FileInfo?>("--pred") { Description = "Predicted claims as JSON Lines; without it the articles are extracted first.", HelpName = "FILE" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table." };
        var command = new Command("evaluate", "Score claims against gold: claim P/R/F1, field accuracies and full-claim F1, per document and micro-averaged.")
        {
            gold, articles, predictions, json,
        };
        command.SetAction((result, ct) => CommandRunner.RunAsync(
            token => RunAsync(result.GetValue(gold), result.GetValue(articles), result.GetValue(predictions), result.GetValue(json), token), ct));
        return command;
    }

    private static async Task<int> RunAsync(DirectoryInfo? goldFolder, DirectoryInfo? articleFolder, FileInfo? predictionFile, bool asJson, CancellationToken cancellationToken)
    {
        var goldPath = goldFolder?.FullName ?? CorpusLocator.Find("gold");
        if (!Directory.Exists(goldPath))
        {
            throw new CliException($"The gold folder '{goldPath}' does not exist.");
        }

        var gold = ReadGold(goldPath);
        IReadOnlyList<DocumentClaims> predicted;
        if (predictionFile is not null)
        {
            if (!predictionFile.Exists)
            {
                throw new CliException($"The predictions file '{predictionFile.FullName}' does not exist.");
            }

            using var reader = predictionFile.OpenText();
            predicted = ClaimJsonLines.Read(reader);
        }
        else
        {
            predicted = Extract(articleFolder?.FullName ?? CorpusLocator.Find("articles"), gold, cancellationToken);
        }

        var unscored = predicted.Select(d => d.DocumentId).Except(gold.Select(d => d.DocumentId), StringComparer.Ordinal).ToList();
        if (unscored.Count > 0)
        {
            // The scorer skips them; say so, since a mistyped id would otherwise look like a missed document.
            await Console.Error.WriteLineAsync($"warning: no gold for {unscored.Count} predicted document(s), not scored: {string.Join(", ", unscored)}").ConfigureAwait(false);
        }

        var report = ClaimScorer.Score(gold, predicted);
        await using var output = CommonOptions.OpenOutput(null);
        if (asJson)
        {
            EvaluationJson.Write(output, report);
        }
        else
        {
            EvaluationTable.Write(output, report);
        }

        return 0;
    }

    private static List<DocumentClaims> ReadGold(string folder)
    {
        var documents = new List<DocumentClaims>();
        foreach (var file in Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal))
        {
            using var reader = File.OpenText(file);
            try
            {
                var read = ClaimJsonLines.Read(reader);
                var id = Path.GetFileNameWithoutExtension(file);
                documents.Add(read.Count == 0 ? DocumentClaims.Empty(id) : read[0]);
            }
            catch (FormatException e)
            {
                throw new CliException($"'{file}': {e.Message}");
            }
        }

        if (documents.Count == 0)
        {
            throw new CliException($"No gold *.jsonl files in '{folder}'.");
        }

        return documents;
    }

    private static List<DocumentClaims> Extract(string folder, List<DocumentClaims> gold, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            throw new CliException($"The articles folder '{folder}' does not exist.");
        }

        var wanted = gold.Select(d => d.DocumentId).ToHashSet(StringComparer.Ordinal);
        var extractor = ClaimExtractor.Default;
        return [.. ArticleLocator.Locate([folder], null)
            .Where(a => wanted.Contains(a.Info.Id))
            .Select(a => extractor.Extract(ArticleLocator.ReadText(a.Path), a.Info, cancellationToken))];
    }
}
