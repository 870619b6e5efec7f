namespace RuLatAm.Claims.Evaluation;

/// <summary>Whether each field of a matched gold/predicted pair agrees (ANNOTATION.md section 5.4).</summary>
internal static class FieldAgreement
{
    private const double QuoteThreshold = 0.8;

    public static FieldAccuracy Of(Claim gold, Claim predicted) => new(
        Target: One(TargetAgrees(gold.Target, predicted.Target)),
        Date: One(string.Equals(gold.Date?.Value, predicted.Date?.Value, StringComparison.Ordinal)),
        Source: One(SourceAgrees(gold.Source, predicted.Source)),
        Modality: One(gold.Modality == predicted.Modality),
        Quote: One(QuoteAgrees(gold.Quote, predicted.Quote)),
        Pairs: 1);

    private static int One(bool agrees) => agrees ? 1 : 0;

    private static bool TargetAgrees(TargetMention? gold, TargetMention? predicted) => (gold, predicted) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        var (g, p) => g.Span.Overlaps(p.Span) || CanonicalNameMatcher.Matches(g.Canonical, p.Canonical),
    };

    private static bool SourceAgrees(SourceMention? gold, SourceMention? predicted) => (gold, predicted) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        var (g, p) => CanonicalNameMatcher.Matches(g.Canonical, p.Canonical),
    };

    private static bool QuoteAgrees(QuoteMention? gold, QuoteMention? predicted) => (gold, predicted) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        var (g, p) => TokenF1.Of(g.Text, p.Text) >= QuoteThreshold,
    };
}
