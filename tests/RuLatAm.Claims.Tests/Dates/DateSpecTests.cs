using RuLatAm.Claims.Dates;

namespace RuLatAm.Claims.Tests.Dates;

/// <summary>The golden cases of Specs/Dates, written by hand from ANNOTATION.md 3.4 and 6 in invented sentences.</summary>
public sealed class DateSpecTests
{
    public static TheoryData<string> Cases => DateSpecs.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Find_SpecSentence_GivesExactlyTheExpectedPhrases(string name)
    {
        var spec = DateSpecs.Cases[name];

        var found = DateFinder.Default.Find(spec.Input, new TextSpan(0, spec.Input.Length));

        found.Select(d => (d.Text, d.Span.Start, d.Span.End)).Should().Equal(
            spec.Expected.Select(e => (e.Text, e.Start, e.End)), spec.Why);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Resolve_SpecPhrase_GivesTheExpectedValue(string name)
    {
        var spec = DateSpecs.Cases[name];
        var anchor = DateSpecs.Anchor(spec.Anchor);

        foreach (var phrase in spec.Expected)
        {
            DateResolver.Default.Resolve(phrase.Text, spec.Published, spec.Tense, anchor)?.ToIso()
                .Should().Be(phrase.Value, $"\"{phrase.Text}\" published {spec.Published:yyyy-MM-dd} ({spec.Published.DayOfWeek}): {spec.Why}");
        }
    }

    [Fact]
    public void Specs_HoldAtLeast150Expressions() =>
        DateSpecs.Cases.Values.Sum(c => c.Expected.Count).Should().BeGreaterThanOrEqualTo(150);

    [Fact]
    public void Specs_SpansPointAtTheirText()
    {
        foreach (var (name, spec) in DateSpecs.Cases)
        {
            foreach (var phrase in spec.Expected)
            {
                spec.Input[phrase.Start..phrase.End].Should().Be(phrase.Text, name);
            }
        }
    }
}
