using System.Globalization;
using RuLatAm.Claims.Entities;

namespace RuLatAm.Claims.Training.Ner;

/// <summary>Span precision, recall and F1 per entity type and overall: a span counts only with exact type and boundaries.</summary>
internal sealed class SpanScore
{
    private static readonly string[] s_labels = ["PER", "ORG", "LOC"];
    private readonly Dictionary<string, (int Correct, int Predicted, int Gold)> _counts = new(StringComparer.Ordinal);

    /// <summary>The types in report order, then "overall".</summary>
    public static IReadOnlyList<string> Rows { get; } = [.. s_labels, "overall"];

    /// <summary>Adds one sentence.</summary>
    public void Add(ReadOnlySpan<int> gold, ReadOnlySpan<int> predicted)
    {
        var goldSpans = BioTags.ToSpans(gold);
        var predictedSpans = BioTags.ToSpans(predicted);
        foreach (var span in goldSpans)
        {
            Count(span.Label, gold: 1);
        }

        foreach (var span in predictedSpans)
        {
            Count(span.Label, predicted: 1, correct: Array.IndexOf(goldSpans, span) >= 0 ? 1 : 0);
        }
    }

    public (double Precision, double Recall, double F1, int Gold) Of(string row)
    {
        var (correct, predicted, gold) = row == "overall"
            ? _counts.Values.Aggregate((0, 0, 0), (sum, c) => (sum.Item1 + c.Correct, sum.Item2 + c.Predicted, sum.Item3 + c.Gold))
            : _counts.GetValueOrDefault(row);
        var precision = predicted == 0 ? 0 : (double)correct / predicted;
        var recall = gold == 0 ? 0 : (double)correct / gold;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1, gold);
    }

    /// <summary>A table: one line per type and one overall.</summary>
    public string Format()
    {
        var lines = new List<string> { "type        P       R       F1      gold" };
        foreach (var row in Rows)
        {
            var (p, r, f, gold) = Of(row);
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{row,-8} {p,7:0.0000} {r,7:0.0000} {f,7:0.0000} {gold,7}"));
        }

        return string.Join('\n', lines);
    }

    private void Count(string label, int correct = 0, int predicted = 0, int gold = 0)
    {
        var c = _counts.GetValueOrDefault(label);
        _counts[label] = (c.Correct + correct, c.Predicted + predicted, c.Gold + gold);
    }
}
