using System.Globalization;
using RuLatAm.Claims.Evaluation;

namespace RuLatAm.Claims.Cli.Commands;

/// <summary>The `evaluate` table for a person: one row per document and a micro-averaged last row.</summary>
internal static class EvaluationTable
{
    public static void Write(TextWriter output, EvaluationReport report)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"document",-62} {"gold",5} {"pred",5} {"P",6} {"R",6} {"F1",6} {"fullF1",6} {"target",6} {"date",6} {"source",6} {"modal",6} {"quote",6}"));
        foreach (var row in report.Documents.Append(report.Micro))
        {
            var f = row.Fields;
            var id = row.DocumentId.Length > 62 ? row.DocumentId[..62] : row.DocumentId;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{id,-62} {row.Claim.Gold,5} {row.Claim.Predicted,5} {row.Claim.Precision,6:0.000} {row.Claim.Recall,6:0.000} {row.Claim.F1,6:0.000} {row.Full.F1,6:0.000} {f.Rate(f.Target),6:0.000} {f.Rate(f.Date),6:0.000} {f.Rate(f.Source),6:0.000} {f.Rate(f.Modality),6:0.000} {f.Rate(f.Quote),6:0.000}"));
        }
    }
}
