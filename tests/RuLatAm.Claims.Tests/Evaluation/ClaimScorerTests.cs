using RuLatAm.Claims.Evaluation;
using static RuLatAm.Claims.Tests.Evaluation.TestClaims;

namespace RuLatAm.Claims.Tests.Evaluation;

public sealed class ClaimScorerTests
{
    [Theory]
    [InlineData(10, 20, 15, 25, 1)]   // partial overlap
    [InlineData(10, 20, 12, 14, 1)]   // one inside the other
    [InlineData(10, 20, 19, 30, 1)]   // a single shared character
    [InlineData(10, 20, 20, 30, 0)]   // adjacent: ends are exclusive
    [InlineData(10, 20, 0, 10, 0)]
    public void ScoreDocument_ActionSpans_MatchOnlyWhenTheyOverlap(int gs, int ge, int ps, int pe, int matched) =>
        ScoreDocument([At(gs, ge)], [At(ps, pe)]).Claim.Matched.Should().Be(matched);

    [Theory]
    [InlineData("Vladimir Putin", "President Vladimir Putin", 1)]
    [InlineData("Vladimir Putin", "Putin", 1)]
    [InlineData("José Mujica", "jose mujica", 1)]
    [InlineData("Russia", "the Kremlin", 1)]
    [InlineData("United States", "Washington", 1)]
    [InlineData("Cuba", "Havana", 1)]
    [InlineData("Raul Castro", "Fidel Castro", 0)]
    [InlineData("Russia", "Cuba", 0)]
    public void ScoreDocument_SameTrigger_MatchesOnlyWhenActorsMatch(string gold, string predicted, int matched) =>
        ScoreDocument([At(10, 20, gold)], [At(10, 20, predicted)]).Claim.Matched.Should().Be(matched);

    [Fact]
    public void ScoreDocument_TwoPredictionsForOneGold_PairsTheFirstInTextOrder()
    {
        // Listed out of text order: the scorer must sort, and pair the claim at 10 (planned) with the gold.
        var later = At(15, 25) with { Modality = Modality.Negated };
        var earlier = At(10, 20) with { Modality = Modality.Planned };

        var score = ScoreDocument([At(12, 22) with { Modality = Modality.Planned }], [later, earlier]);

        score.Claim.Should().Be(new PrecisionRecall(Matched: 1, Predicted: 2, Gold: 1));
        score.Fields.Modality.Should().Be(1);
        score.Claim.Precision.Should().Be(0.5);
        score.Claim.Recall.Should().Be(1);
    }

    [Fact]
    public void ScoreDocument_TwoGoldsForOnePrediction_MatchesOnlyOnce()
    {
        var score = ScoreDocument([At(10, 20), At(15, 25)], [At(12, 18)]);

        score.Claim.Should().Be(new PrecisionRecall(Matched: 1, Predicted: 1, Gold: 2));
        score.Claim.F1.Should().BeApproximately(2.0 / 3, 1e-12);
    }

    [Fact]
    public void ScoreDocument_JointActorsOnOneAction_PairByActor()
    {
        // "Gazprom and YPF signed": one action span, one claim per actor.
        var score = ScoreDocument([At(10, 16, "Gazprom"), At(10, 16, "YPF")], [At(10, 16, "YPF"), At(10, 16, "Gazprom")]);

        score.Claim.Matched.Should().Be(2);
    }

    [Fact]
    public void ScoreDocument_GreedyInTextOrder_DoesNotSearchForTheBestAssignment()
    {
        // The first gold takes the first prediction it overlaps, although only that one could serve the second gold.
        var score = ScoreDocument([At(0, 10), At(8, 20)], [At(2, 12), At(4, 6)]);

        score.Claim.Matched.Should().Be(1);
    }

    [Fact]
    public void ScoreDocument_FullClaim_CountsPairsWhoseTargetDateAndSourceAgree()
    {
        var gold = At(10, 20) with { Target = Target(30, 40, "Cuba"), Date = Date("2014-07-11"), Source = Source("Yury Ushakov") };
        Claim[] predicted =
        [
            gold with { Modality = Modality.Negated, Quote = Quote("unrelated") }, // modality and quote are not part of full
            gold with { Action = gold.Action with { Span = new TextSpan(50, 60) }, Date = Date("2014-07-12") },
            gold with { Action = gold.Action with { Span = new TextSpan(90, 95) }, Source = null },
            gold with { Action = gold.Action with { Span = new TextSpan(120, 125) }, Target = Target(140, 145, "Brazil") },
        ];
        Claim[] golds =
        [
            gold,
            gold with { Action = gold.Action with { Span = new TextSpan(50, 60) } },
            gold with { Action = gold.Action with { Span = new TextSpan(90, 95) } },
            gold with { Action = gold.Action with { Span = new TextSpan(120, 125) } },
        ];

        var score = ScoreDocument(golds, predicted);

        score.Claim.Matched.Should().Be(4);
        score.Full.Should().Be(new PrecisionRecall(Matched: 1, Predicted: 4, Gold: 4));
        score.Fields.Should().Be(new FieldAccuracy(Target: 3, Date: 3, Source: 3, Modality: 3, Quote: 3, Pairs: 4));
    }

    [Fact]
    public void ScoreDocument_NothingOnEitherSide_IsZeroNotNaN()
    {
        var score = ScoreDocument([], []);

        score.Claim.F1.Should().Be(0);
        score.Fields.Rate(score.Fields.Target).Should().Be(0);
    }

    [Fact]
    public void Score_SeveralDocuments_MicroAveragesCounts()
    {
        DocumentClaims[] gold = [Document("a", At(10, 20)), Document("b", At(10, 20))];
        DocumentClaims[] predicted = [Document("a", At(10, 20)), Document("b", At(30, 40), At(50, 60), At(70, 80))];

        var report = ClaimScorer.Score(gold, predicted);

        report.Documents.Select(d => d.Claim.F1).Should().Equal(1.0, 0.0);
        report.Micro.DocumentId.Should().Be(ClaimScorer.MicroId);
        report.Micro.Claim.Should().Be(new PrecisionRecall(Matched: 1, Predicted: 4, Gold: 2));
        report.Micro.Claim.F1.Should().BeApproximately(1.0 / 3, 1e-12); // micro; the mean of the document F1s would be 0.5
        report.Micro.Fields.Pairs.Should().Be(1);
    }

    [Fact]
    public void Score_ClaimsInAnotherDocument_DoNotMatch()
    {
        var report = ClaimScorer.Score([Document("a", At(10, 20)), Document("b")], [Document("b", At(10, 20))]);

        report.Micro.Claim.Should().Be(new PrecisionRecall(Matched: 0, Predicted: 1, Gold: 1));
    }

    [Fact]
    public void Score_PredictionsForADocumentWithoutGold_AreNotScored()
    {
        var report = ClaimScorer.Score([Document("a", At(10, 20))], [Document("a", At(10, 20)), Document("unannotated", At(10, 20))]);

        report.Documents.Select(d => d.DocumentId).Should().Equal("a");
        report.Micro.Claim.Should().Be(new PrecisionRecall(Matched: 1, Predicted: 1, Gold: 1));
    }

    [Fact]
    public void Score_GoldDocumentWithoutPredictions_CountsItsGoldAsMissed()
    {
        var report = ClaimScorer.Score([Document("a", At(10, 20)), Document("b", At(10, 20))], [Document("a", At(10, 20))]);

        report.Micro.Claim.Should().Be(new PrecisionRecall(Matched: 1, Predicted: 1, Gold: 2));
    }

    [Fact]
    public void Score_NullArgument_Throws()
    {
        FluentActions.Invoking(() => ClaimScorer.Score(null!, [])).Should().Throw<ArgumentNullException>().WithParameterName("gold");
        FluentActions.Invoking(() => ClaimScorer.Score([], null!)).Should().Throw<ArgumentNullException>().WithParameterName("predicted");
    }

    private static DocumentScore ScoreDocument(Claim[] gold, Claim[] predicted) => ClaimScorer.ScoreDocument("doc", gold, predicted);
}
