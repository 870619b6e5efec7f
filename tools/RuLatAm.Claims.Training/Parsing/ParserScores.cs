namespace RuLatAm.Claims.Training.Parsing;

/// <summary>Dev UAS and LAS (F1, percent) from the official evaluator in the three settings.</summary>
internal sealed record ParserScores((double Uas, double Las) GoldTags, (double Uas, double Las) PredictedTags, (double Uas, double Las) RawText);
