using RuLatAm.Claims.Entities;

namespace RuLatAm.Claims.Tests.Entities;

public sealed class BioTagsTests
{
    [Theory]
    [InlineData("B-OTH")]
    [InlineData("I-OTH")]
    [InlineData("B-O")] // the stray tag of UNER's release candidate
    public void Parse_ReleaseCandidateTags_ReadAsOutside(string tag) =>
        BioTags.Parse(tag).Should().Be(BioTags.Outside);

    [Fact]
    public void Parse_UnknownTag_Throws() =>
        FluentActions.Invoking(() => BioTags.Parse("B-MISC")).Should().Throw<FormatException>().WithMessage("*B-MISC*");

    [Fact]
    public void ToSpans_BeginThenInside_GivesOneSpan()
    {
        int[] tags = [BioTags.Parse("O"), BioTags.Parse("B-ORG"), BioTags.Parse("I-ORG"), BioTags.Parse("B-LOC")];

        BioTags.ToSpans(tags).Should().Equal(new EntitySpan(1, 3, "ORG"), new EntitySpan(3, 4, "LOC"));
    }

    [Fact]
    public void ToSpans_InsideOfAnotherType_StartsANewSpan()
    {
        int[] tags = [BioTags.Parse("I-PER"), BioTags.Parse("I-LOC")];

        BioTags.ToSpans(tags).Should().Equal(new EntitySpan(0, 1, "PER"), new EntitySpan(1, 2, "LOC"));
    }

    [Theory]
    [InlineData("B-PER", "I-PER", true)]
    [InlineData("I-PER", "I-PER", true)]
    [InlineData("O", "I-PER", false)]
    [InlineData("B-ORG", "I-PER", false)]
    [InlineData("I-LOC", "B-LOC", true)]
    public void IsAllowed_FollowsBioRules(string previous, string next, bool allowed) =>
        BioTags.IsAllowed(BioTags.Parse(previous), BioTags.Parse(next)).Should().Be(allowed);
}
