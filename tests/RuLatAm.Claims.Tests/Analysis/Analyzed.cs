using RuLatAm.Claims.Analysis;

namespace RuLatAm.Claims.Tests.Analysis;

/// <summary>The language layer's analysis of one invented sentence, page furniture kept.</summary>
internal static class Analyzed
{
    public static AnalyzedSentence Sentence(string text) =>
        TextAnalyzer.Default.Analyze(text, removePageFurniture: false, CancellationToken.None).Single();
}
