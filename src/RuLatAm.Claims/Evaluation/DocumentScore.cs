namespace RuLatAm.Claims.Evaluation;

/// <summary>How well the predicted claims of one document (or of all, summed) match the gold.</summary>
/// <param name="DocumentId">The document, or "micro" for the sum over documents.</param>
/// <param name="Claim">Claim matching: trigger overlap and actor match, one to one.</param>
/// <param name="Full">Matched pairs whose actor, target, date and source all agree.</param>
/// <param name="Fields">Field agreement over matched pairs.</param>
public sealed record DocumentScore(string DocumentId, PrecisionRecall Claim, PrecisionRecall Full, FieldAccuracy Fields);
