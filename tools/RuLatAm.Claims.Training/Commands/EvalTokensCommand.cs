using System.CommandLine;
using System.Diagnostics;
using System.Text;
using RuLatAm.Claims.Analysis;
using RuLatAm.Claims.Sentences;
using RuLatAm.Claims.Tokenization;
using RuLatAm.Claims.Training.Ud;

namespace RuLatAm.Claims.Training.Commands;

/// <summary>
/// `eval-tokens`: rebuilds the raw text of a UD file, tokenizes and splits it with the library, and prints the
/// official evaluator's Tokens, Sentences and Words figures.
/// </summary>
internal static class EvalTokensCommand
{
    private const string DefaultGold = "../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu";
    private const string DefaultEvaluator = "/work/wt/tools-ext/conll18_ud_eval.py";

    public static Command Create()
    {
        var gold = new Option<FileInfo>("--gold")
        {
            Description = $"Gold CoNLL-U whose # text lines give the raw text (default: {DefaultGold}).",
            DefaultValueFactory = _ => new FileInfo(DefaultGold),
        };
        var evaluator = new Option<FileInfo>("--evaluator")
        {
            Description = $"The CoNLL 2018 evaluation script (default: {DefaultEvaluator}).",
            DefaultValueFactory = _ => new FileInfo(DefaultEvaluator),
        };
        var output = new Option<FileInfo?>("--out") { Description = "Keep the system CoNLL-U here (the raw text goes beside it as .txt)." };
        var command = new Command("eval-tokens", "Score the tokenizer and sentence splitter on a UD file with the official evaluator.")
        {
            gold, evaluator, output,
        };
        command.SetAction(async (result, ct) =>
        {
            try
            {
                return await RunAsync(result.GetValue(gold)!, result.GetValue(evaluator)!, result.GetValue(output), ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
                return 1;
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(FileInfo gold, FileInfo evaluator, FileInfo? output, CancellationToken cancellationToken)
    {
        if (!gold.Exists)
        {
            throw new FileNotFoundException($"The gold file '{gold.FullName}' does not exist.");
        }

        if (!evaluator.Exists)
        {
            throw new FileNotFoundException($"The evaluator '{evaluator.FullName}' does not exist; see BRIEF.md for where to get it.");
        }

        var text = UdRawText.Read(gold.FullName);
        var clock = Stopwatch.StartNew();
        var tokens = Tokenizer.Default.Tokenize(text);
        var sentences = SentenceSplitter.Default.Split(text, tokens);
        clock.Stop();

        var systemPath = output?.FullName ?? Path.Combine(Path.GetTempPath(), $"eval-tokens-{Environment.ProcessId}.conllu");
        await using (var writer = new StreamWriter(systemPath, append: false, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            ConlluWriter.Write(writer, text, tokens, sentences);
        }

        if (output is not null)
        {
            await File.WriteAllTextAsync(Path.ChangeExtension(systemPath, ".txt"), text, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            var table = await Conll18Evaluator.RunAsync(evaluator.FullName, gold.FullName, systemPath, cancellationToken).ConfigureAwait(false);
            Console.WriteLine($"{gold.Name}: {text.Length} characters, {tokens.Count} words, {sentences.Count} sentences in {clock.ElapsedMilliseconds} ms");
            foreach (var line in table.Split('\n'))
            {
                if (line.StartsWith("Metric", StringComparison.Ordinal) || line.StartsWith("---", StringComparison.Ordinal)
                    || line.StartsWith("Tokens", StringComparison.Ordinal) || line.StartsWith("Sentences", StringComparison.Ordinal)
                    || line.StartsWith("Words", StringComparison.Ordinal))
                {
                    Console.WriteLine(line);
                }
            }
        }
        finally
        {
            if (output is null)
            {
                File.Delete(systemPath);
            }
        }

        return 0;
    }
}
