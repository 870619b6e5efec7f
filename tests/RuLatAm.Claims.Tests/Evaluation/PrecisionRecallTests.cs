using RuLatAm.Claims.Evaluation;

namespace RuLatAm.Claims.Tests.Evaluation;

public sealed class PrecisionRecallTests
{
    [Fact]
    public void F1_Counts_IsTheHarmonicMeanOfPrecisionAndRecall()
    {
        var score = new PrecisionRecall(Matched: 3, Predicted: 4, Gold: 6);

        score.Precision.Should().Be(0.75);
        score.Recall.Should().Be(0.5);
        score.F1.Should().BeApproximately(0.6, 1e-12);
    }

    [Theory]
    [InlineData(0, 0, 5, 0.0, 0.0)]   // nothing predicted: precision 0, not NaN
    [InlineData(0, 5, 0, 0.0, 0.0)]   // no gold: recall 0
    [InlineData(0, 0, 0, 0.0, 0.0)]   // nothing at all
    [InlineData(0, 3, 3, 0.0, 0.0)]   // nothing matched
    public void Rates_ZeroDenominators_AreZero(int matched, int predicted, int gold, double precision, double recall)
    {
        var score = new PrecisionRecall(matched, predicted, gold);

        score.Precision.Should().Be(precision);
        score.Recall.Should().Be(recall);
        score.F1.Should().Be(0);
    }

    [Fact]
    public void Add_TwoScores_SumsCountsRatherThanRates()
    {
        var sum = new PrecisionRecall(1, 1, 1) + new PrecisionRecall(0, 3, 1);

        sum.Should().Be(new PrecisionRecall(1, 4, 2));
        sum.Precision.Should().Be(0.25);
    }
}
