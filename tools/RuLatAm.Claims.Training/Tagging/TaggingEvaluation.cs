using System.Diagnostics;
using System.Globalization;
using System.Text;
using RuLatAm.Claims.Sentences;
using RuLatAm.Claims.Tagging;
using RuLatAm.Claims.Tokenization;

namespace RuLatAm.Claims.Training.Tagging;

/// <summary>Scores a tagger and lemmatizer on a dev treebank: on its gold tokens, and on its raw text through the
/// library's tokenizer and splitter with the official CoNLL 2018 evaluator.</summary>
internal static class TaggingEvaluation
{
    private static readonly string[] s_rawMetrics = ["Tokens", "Sentences", "Words", "UPOS", "XPOS", "Lemmas"];

    public static TaggingFigures Score(string devPath, IReadOnlyList<TreebankSentence> dev, PosTagger tagger, Lemmatizer? lemmatizer, string? evaluator)
    {
        int words = 0, upos = 0, xpos = 0, lemmas = 0;
        foreach (var sentence in dev)
        {
            var tags = tagger.Tag(sentence.Words);
            for (var i = 0; i < sentence.Count; i++)
            {
                words++;
                upos += tags.Upos[i] == sentence.Upos[i] ? 1 : 0;
                xpos += tags.Xpos[i] == sentence.Xpos[i] ? 1 : 0;
                lemmas += lemmatizer?.Lemmatize(sentence.Words[i], tags.Upos[i], tags.Xpos[i]) == sentence.Lemmas[i] ? 1 : 0;
            }
        }

        var raw = evaluator is not null && File.Exists(evaluator) ? ScoreRawText(devPath, dev, tagger, lemmatizer, evaluator) : null;
        return new TaggingFigures(100.0 * upos / words, 100.0 * xpos / words, lemmatizer is null ? null : 100.0 * lemmas / words, raw);
    }

    /// <summary>The dev text as the brief rebuilds it: sentences of a paragraph joined by a space, paragraphs by a blank line.</summary>
    public static string RawText(IReadOnlyList<TreebankSentence> dev)
    {
        var text = new StringBuilder();
        for (var s = 0; s < dev.Count; s++)
        {
            if (s > 0)
            {
                text.Append(dev[s].StartsParagraph ? "\n\n" : " ");
            }

            text.Append(dev[s].Text);
        }

        return text.Append('\n').ToString();
    }

    /// <summary>Tokenizes, splits, tags and lemmatizes raw text into CoNLL-U; every word hangs off the first, as the
    /// evaluator needs a tree.</summary>
    public static string ToConllu(string text, PosTagger tagger, Lemmatizer? lemmatizer)
    {
        var output = new StringBuilder();
        var tokens = Tokenizer.Default.Tokenize(text);
        foreach (var sentence in SentenceSplitter.Default.Split(text, tokens))
        {
            var words = new string[sentence.TokenCount];
            for (var i = 0; i < words.Length; i++)
            {
                var token = tokens[sentence.FirstToken + i];
                words[i] = text.Substring(token.Start, token.Length);
            }

            var tags = tagger.Tag(words);
            for (var i = 0; i < words.Length; i++)
            {
                var lemma = lemmatizer?.Lemmatize(words[i], tags.Upos[i], tags.Xpos[i]) ?? "_";
                output.Append(CultureInfo.InvariantCulture, $"{i + 1}\t{words[i]}\t{lemma}\t{tags.Upos[i]}\t{tags.Xpos[i]}\t_\t{(i == 0 ? 0 : 1)}\t{(i == 0 ? "root" : "dep")}\t_\t_\n");
            }

            output.Append('\n');
        }

        return output.ToString();
    }

    private static Dictionary<string, double> ScoreRawText(string devPath, IReadOnlyList<TreebankSentence> dev, PosTagger tagger, Lemmatizer? lemmatizer, string evaluator)
    {
        var system = Path.Combine(Path.GetTempPath(), $"rulatam-tagging-{Environment.ProcessId}.conllu");
        File.WriteAllText(system, ToConllu(RawText(dev), tagger, lemmatizer), new UTF8Encoding(false));
        try
        {
            var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { evaluator, "-v", devPath, system })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 could not be started.");
            var report = process.StandardOutput.ReadToEnd();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"The CoNLL 2018 evaluator failed: {errors.Trim()}");
            }

            var figures = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var line in report.Split('\n'))
            {
                var cells = line.Split('|', StringSplitOptions.TrimEntries);
                if (cells.Length >= 4 && s_rawMetrics.Contains(cells[0]))
                {
                    figures[cells[0]] = double.Parse(cells[3], CultureInfo.InvariantCulture);
                }
            }

            return figures;
        }
        finally
        {
            File.Delete(system);
        }
    }
}
