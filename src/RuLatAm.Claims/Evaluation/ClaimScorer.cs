namespace RuLatAm.Claims.Evaluation;

/// <summary>Scores predicted claims against gold claims exactly as ANNOTATION.md section 5 says.</summary>
/// <remarks>
/// Candidates share an overlapping action span and matching actors; gold claims are taken in text order and each
/// is paired with the first unpaired candidate prediction in text order. Thread-safe.
/// </remarks>
public static class ClaimScorer
{
    /// <summary>The name of the micro-averaged row.</summary>
    public const string MicroId = "micro";

    /// <summary>Scores every document that has gold claims.</summary>
    /// <param name="gold">Gold claims by document; a document with no gold claims is scored as such.</param>
    /// <param name="predicted">Predicted claims by document.</param>
    /// <returns>Per-document scores in gold order, and their micro-average.</returns>
    /// <remarks>
    /// Predictions for a document without gold are not scored: section 5 compares gold and predicted claims of the
    /// same document, and a document nobody annotated says nothing about them. A gold document with no claims is
    /// annotated, so its predictions all count as wrong.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static EvaluationReport Score(IReadOnlyList<DocumentClaims> gold, IReadOnlyList<DocumentClaims> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var predictedById = predicted.ToDictionary(d => d.DocumentId, d => d.Claims, StringComparer.Ordinal);
        var rows = new List<DocumentScore>();
        foreach (var document in gold)
        {
            rows.Add(ScoreDocument(document.DocumentId, document.Claims, predictedById.GetValueOrDefault(document.DocumentId) ?? []));
        }

        var micro = rows.Aggregate(
            new DocumentScore(MicroId, default, default, default),
            (sum, row) => new DocumentScore(MicroId, sum.Claim + row.Claim, sum.Full + row.Full, sum.Fields + row.Fields));
        return new EvaluationReport(rows, micro);
    }

    /// <summary>Scores the claims of one document.</summary>
    /// <param name="documentId">The document's id.</param>
    /// <param name="gold">Its gold claims.</param>
    /// <param name="predicted">Its predicted claims.</param>
    /// <returns>The document's score.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static DocumentScore ScoreDocument(string documentId, IReadOnlyList<Claim> gold, IReadOnlyList<Claim> predicted)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var goldInOrder = InTextOrder(gold);
        var predictedInOrder = InTextOrder(predicted);
        var used = new bool[predictedInOrder.Length];
        var matched = 0;
        var full = 0;
        var fields = default(FieldAccuracy);
        foreach (var g in goldInOrder)
        {
            for (var j = 0; j < predictedInOrder.Length; j++)
            {
                var p = predictedInOrder[j];
                if (used[j] || !g.Action.Span.Overlaps(p.Action.Span) || !CanonicalNameMatcher.Matches(g.Actor.Canonical, p.Actor.Canonical))
                {
                    continue;
                }

                used[j] = true;
                matched++;
                var pair = FieldAgreement.Of(g, p);
                fields += pair;
                if (pair.Target == 1 && pair.Date == 1 && pair.Source == 1)
                {
                    full++;
                }

                break;
            }
        }

        return new DocumentScore(
            documentId,
            new PrecisionRecall(matched, predicted.Count, gold.Count),
            new PrecisionRecall(full, predicted.Count, gold.Count),
            fields);
    }

    private static Claim[] InTextOrder(IReadOnlyList<Claim> claims) =>
        [.. claims.Select((claim, index) => (claim, index)).OrderBy(x => x.claim.Action.Span.Start).ThenBy(x => x.index).Select(x => x.claim)];
}
