using System.Diagnostics;
using System.Globalization;
using System.Text;
using RuLatAm.Claims.Analysis;
using RuLatAm.Claims.Cleaning;
using RuLatAm.Claims.Entities;
using RuLatAm.Claims.Parsing;
using RuLatAm.Claims.Sentences;
using RuLatAm.Claims.Tagging;
using RuLatAm.Claims.Tokenization;

namespace RuLatAm.Claims.Training.Parsing;

/// <summary>
/// Dev figures from the official CoNLL 2018 evaluator (conll18_ud_eval.py) in three settings: gold words with
/// gold tags, gold words with the library's tags, and raw text through the library's whole language layer.
/// </summary>
internal sealed class OfficialEvaluation(string evaluator, string goldPath, string workFolder)
{
    public ParserScores Score(DependencyParser parser, IReadOnlyList<ConlluSentence> dev)
    {
        Directory.CreateDirectory(workFolder);
        var goldTags = Write("gold-tags.conllu", GoldWords(parser, dev, predictTags: false));
        var predictedTags = Write("predicted-tags.conllu", GoldWords(parser, dev, predictTags: true));
        var raw = Write("raw-text.conllu", RawText(parser, dev));
        return new ParserScores(Run(goldTags), Run(predictedTags), Run(raw));
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(workFolder, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    private static string GoldWords(DependencyParser parser, IReadOnlyList<ConlluSentence> dev, bool predictTags)
    {
        var output = new StringBuilder();
        foreach (var sentence in dev)
        {
            string[] upos = sentence.Upos, xpos = sentence.Xpos;
            if (predictTags)
            {
                var tags = PosTagger.Default.Tag(sentence.Words);
                (upos, xpos) = (tags.Upos, tags.Xpos);
            }

            var lemmas = DevScore.Lemmas(sentence.Words, upos, xpos);
            AppendSentence(output, sentence.Words, lemmas, upos, xpos, parser.Parse(sentence.Words, upos, xpos, lemmas));
        }

        return output.ToString();
    }

    // Raw text as the brief defines it: a paragraph per # newpar or # newdoc, its sentences joined by a space.
    private static string RawText(DependencyParser parser, IReadOnlyList<ConlluSentence> dev)
    {
        var text = new StringBuilder();
        foreach (var sentence in dev)
        {
            if (text.Length > 0)
            {
                text.Append(sentence.StartsParagraph ? "\n\n" : " ");
            }

            text.Append(sentence.Text);
        }

        var analyzer = new TextAnalyzer(
            TextCleaner.Default, Tokenizer.Default, SentenceSplitter.Default, PosTagger.Default, Lemmatizer.Default, EntityRecognizer.Default, parser);
        var output = new StringBuilder();
        foreach (var analyzed in analyzer.Analyze(text.ToString(), removePageFurniture: false, CancellationToken.None))
        {
            AppendSentence(output, analyzed.Words, analyzed.Lemmas, analyzed.Tags.Upos, analyzed.Tags.Xpos, analyzed.Tree!);
        }

        return output.ToString();
    }

    private static void AppendSentence(StringBuilder output, string[] words, string[] lemmas, string[] upos, string[] xpos, DependencyTree tree)
    {
        for (var i = 0; i < words.Length; i++)
        {
            output.Append(CultureInfo.InvariantCulture,
                $"{i + 1}\t{Clean(words[i])}\t{Clean(lemmas[i])}\t{upos[i]}\t{xpos[i]}\t_\t{tree.Heads[i] + 1}\t{tree.Relations[i]}\t_\t_\n");
        }

        output.Append('\n');
    }

    private static string Clean(string field) => field.Length == 0 ? "_" : field.Replace('\t', ' ').Replace('\n', ' ');

    private (double Uas, double Las) Run(string system)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(evaluator);
        start.ArgumentList.Add("-v");
        start.ArgumentList.Add(goldPath);
        start.ArgumentList.Add(system);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 could not be started.");
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The evaluator failed on '{system}': {stderr.Trim()}");
        }

        return (F1(stdout, "UAS"), F1(stdout, "LAS"));
    }

    private static double F1(string table, string metric)
    {
        foreach (var line in table.Split('\n'))
        {
            var cells = line.Split('|');
            if (cells.Length >= 4 && cells[0].Trim() == metric)
            {
                return double.Parse(cells[3].Trim(), CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException($"The evaluator printed no {metric} line.");
    }
}
