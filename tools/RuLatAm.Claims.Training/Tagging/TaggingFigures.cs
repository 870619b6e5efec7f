namespace RuLatAm.Claims.Training.Tagging;

/// <summary>Dev-set figures of the tagger and lemmatizer, in percent.</summary>
/// <param name="GoldUpos">UPOS accuracy on gold tokens.</param>
/// <param name="GoldXpos">XPOS accuracy on gold tokens.</param>
/// <param name="GoldLemmas">Lemma accuracy on gold tokens, with predicted tags; null without a lemmatizer.</param>
/// <param name="Raw">The CoNLL 2018 evaluator's F1 figures on raw text (Tokens, Words, Sentences, UPOS, XPOS,
/// Lemmas), or null when the evaluator script is not there.</param>
internal sealed record TaggingFigures(double GoldUpos, double GoldXpos, double? GoldLemmas, IReadOnlyDictionary<string, double>? Raw)
{
    public override string ToString()
    {
        var gold = $"gold tokens: UPOS {GoldUpos:F2}  XPOS {GoldXpos:F2}  Lemmas {GoldLemmas?.ToString("F2", System.Globalization.CultureInfo.InvariantCulture) ?? "-"}";
        return Raw is null ? gold : gold + "\nraw text:    " + string.Join("  ", Raw.Select(p => $"{p.Key} {p.Value:F2}"));
    }
}
