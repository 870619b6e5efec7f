namespace RuLatAm.Claims.Evaluation;

/// <summary>Scores per document and their micro-average (counts summed over documents).</summary>
/// <param name="Documents">One score per gold document, in gold order.</param>
/// <param name="Micro">The sum over all documents.</param>
public sealed record EvaluationReport(IReadOnlyList<DocumentScore> Documents, DocumentScore Micro);
