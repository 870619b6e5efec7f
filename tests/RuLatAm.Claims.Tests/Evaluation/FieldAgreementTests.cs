using RuLatAm.Claims.Evaluation;
using static RuLatAm.Claims.Tests.Evaluation.TestClaims;

namespace RuLatAm.Claims.Tests.Evaluation;

public sealed class FieldAgreementTests
{
    private static readonly Claim Bare = At(10, 20);

    [Fact]
    public void Of_IdenticalClaims_AgreeOnEveryFieldAsOnePair() =>
        FieldAgreement.Of(Bare, Bare).Should().Be(new FieldAccuracy(1, 1, 1, 1, 1, Pairs: 1));

    [Theory]
    [InlineData(30, 40, null, 35, 50, null, 1)]             // spans overlap
    [InlineData(30, 40, "Cuba", 35, 50, "Brazil", 1)]       // overlap wins over different canonicals
    [InlineData(30, 40, "Raul Castro", 60, 65, "Castro", 1)] // canonical match without overlap
    [InlineData(30, 40, "Havana", 60, 64, "Cuba", 1)]       // canonicals compared like actors
    [InlineData(30, 40, null, 40, 50, null, 0)]             // adjacent spans do not overlap
    [InlineData(30, 40, "Cuba", 60, 65, "Brazil", 0)]
    [InlineData(30, 40, null, 60, 65, null, 0)]             // two null canonicals are no match
    public void Of_Targets_AgreeOnOverlapOrCanonicalMatch(int gs, int ge, string? gc, int ps, int pe, string? pc, int expected) =>
        FieldAgreement.Of(Bare with { Target = Target(gs, ge, gc) }, Bare with { Target = Target(ps, pe, pc) })
            .Target.Should().Be(expected);

    [Fact]
    public void Of_OneTargetNull_Disagrees()
    {
        FieldAgreement.Of(Bare with { Target = Target(30, 40, "Cuba") }, Bare).Target.Should().Be(0);
        FieldAgreement.Of(Bare, Bare with { Target = Target(30, 40, "Cuba") }).Target.Should().Be(0);
    }

    [Theory]
    [InlineData("2014-07-11", "2014-07-11", 1)]
    [InlineData("2014-07", "2014-07-11", 0)]   // a month is not the day within it
    [InlineData(null, null, 1)]                // unresolved on both sides: equal values
    [InlineData("2014-07-11", null, 0)]
    public void Of_DateValues_AgreeWhenEqual(string? gold, string? predicted, int expected) =>
        FieldAgreement.Of(Bare with { Date = Date(gold) }, Bare with { Date = Date(predicted) }).Date.Should().Be(expected);

    [Fact]
    public void Of_DatesWrittenDifferentlyWithOneValue_Agree() =>
        FieldAgreement.Of(Bare with { Date = Date("2014-07-11", "on Friday") }, Bare with { Date = Date("2014-07-11", "Friday") })
            .Date.Should().Be(1);

    [Fact]
    public void Of_BothDatesNull_Agree() => FieldAgreement.Of(Bare, Bare).Date.Should().Be(1);

    [Fact]
    public void Of_DateAgainstNoDate_Disagrees() =>
        FieldAgreement.Of(Bare with { Date = Date("2014-07-11") }, Bare).Date.Should().Be(0);

    [Fact]
    public void Of_UnresolvedDateAgainstNoDate_AgreesBecauseOnlyValuesAreCompared() =>
        FieldAgreement.Of(Bare with { Date = Date(null, "recently") }, Bare).Date.Should().Be(1);

    [Theory]
    [InlineData("Sergey Lavrov", "Lavrov", 1)]            // canonical match, by the actor rule
    [InlineData("Russia", "the Kremlin", 1)]
    [InlineData("Yury Ushakov", "Sergey Lavrov", 0)]
    public void Of_Sources_AgreeOnCanonicalMatch(string gold, string predicted, int expected) =>
        FieldAgreement.Of(Bare with { Source = Source(gold) }, Bare with { Source = Source(predicted) }).Source.Should().Be(expected);

    [Fact]
    public void Of_SourcesOfDifferentKind_AgreeOnCanonicalAlone() =>
        FieldAgreement.Of(Bare with { Source = Source("Lavrov", SourceKind.Direct) }, Bare with { Source = Source("Lavrov", SourceKind.AccordingTo) })
            .Source.Should().Be(1);

    [Fact]
    public void Of_OneSourceNull_Disagrees()
    {
        FieldAgreement.Of(Bare with { Source = Source("Lavrov") }, Bare).Source.Should().Be(0);
        FieldAgreement.Of(Bare, Bare with { Source = Source("Lavrov") }).Source.Should().Be(0);
    }

    [Theory]
    [InlineData(Modality.Planned, Modality.Planned, 1)]
    [InlineData(Modality.Planned, Modality.Possible, 0)]
    [InlineData(Modality.Negated, Modality.Asserted, 0)]
    public void Of_Modalities_AgreeWhenEqual(Modality gold, Modality predicted, int expected) =>
        FieldAgreement.Of(Bare with { Modality = gold }, Bare with { Modality = predicted }).Modality.Should().Be(expected);

    [Theory]
    [InlineData("we will not give up our partners", "We will not give up our partners.", 1)]
    [InlineData("one two three four five", "one two three four six", 1)]         // token F1 exactly 0.8
    [InlineData("one two three four five", "one two three four six seven", 0)]   // token F1 0.73
    public void Of_Quotes_AgreeFromTokenF1OfPointEight(string gold, string predicted, int expected) =>
        FieldAgreement.Of(Bare with { Quote = Quote(gold) }, Bare with { Quote = Quote(predicted) }).Quote.Should().Be(expected);

    [Fact]
    public void Of_OneQuoteNull_Disagrees()
    {
        FieldAgreement.Of(Bare with { Quote = Quote("that talks would resume") }, Bare).Quote.Should().Be(0);
        FieldAgreement.Of(Bare, Bare with { Quote = Quote("that talks would resume") }).Quote.Should().Be(0);
    }

    [Fact]
    public void Of_BothQuotesNull_Agree() => FieldAgreement.Of(Bare, Bare).Quote.Should().Be(1);
}
