using RuLatAm.Claims.Tokenization;

namespace RuLatAm.Claims.Tests.Tokenization;

public sealed class TokenizerTests
{
    private static string Forms(string text) =>
        string.Join("|", Tokenizer.Default.Tokenize(text).Select(token => token.Of(text).ToString()));

    [Theory]
    [InlineData("Peru's envoy", "Peru|'s|envoy")]                                  // possessive clitic
    [InlineData("Peru\u2019s envoy", "Peru|\u2019s|envoy")]                        // curly apostrophe
    [InlineData("They don't know", "They|do|n't|know")]                            // n't takes the n
    [InlineData("It can't last and won't", "It|ca|n't|last|and|wo|n't")]
    [InlineData("We're sure they'll say I'd", "We|'re|sure|they|'ll|say|I|'d")]
    [InlineData("You cannot stay", "You|can|not|stay")]                            // fused form
    [InlineData("the O'Neill family", "the|O'Neill|family")]                       // apostrophe inside a name
    [InlineData("the ministers' talks", "the|ministers|'|talks")]                  // plural possessive
    [InlineData("a 62-year-old farmer", "a|62|-|year|-|old|farmer")]               // compounds split as in EWT
    [InlineData("an anti-drug e-mail", "an|anti-drug|e-mail")]                     // bound prefixes stay
    [InlineData("a UN-backed plan", "a|UN|-|backed|plan")]                         // an acronym is no prefix
    [InlineData("call 555-210-3344 now", "call|555-210-3344|now")]                 // phone numbers stay whole
    [InlineData("in 1998-1999 only", "in|1998|-|1999|only")]                       // year ranges split
    [InlineData("costs $41.7 million", "costs|$|41.7|million")]                    // currency sign split off
    [InlineData("about US$12 each", "about|US$|12|each")]
    [InlineData("grew 7.25% to 1,250,000", "grew|7.25|%|to|1,250,000")]            // decimals, thousands
    [InlineData("at 5pm and 10:45", "at|5|pm|and|10:45")]                          // unit split, clock time
    [InlineData("the 21st summit of the 1990s", "the|21st|summit|of|the|1990s")]   // ordinals, decades
    [InlineData("on 4/17/2016 and 1/2 of it", "on|4/17/2016|and|1|/|2|of|it")]     // dates whole, fractions split
    [InlineData("the U.S. and Mr. Diaz", "the|U.S.|and|Mr.|Diaz")]                 // abbreviations keep the stop
    [InlineData("NewsSportPeru's envoy", "News|Sport|Peru|'s|envoy")]             // a glued menu run splits
    [InlineData("McDonald and YouTube", "McDonald|and|YouTube")]                   // two capitals are a name
    [InlineData("George W. Bush", "George|W.|Bush")]                               // initial before a name
    [InlineData("Acme Inc. said", "Acme|Inc.|said")]
    [InlineData("it left the U.S.", "it|left|the|U.S|.")]                          // sentence-final stop is its own token
    [InlineData("in the U.S. The visit", "in|the|U.S|.|The|visit")]
    [InlineData("see https://example.org/a?b=1.", "see|https://example.org/a?b=1|.")] // URL without the stop
    [InlineData("write to ana.ruiz@example.com.", "write|to|ana.ruiz@example.com|.")]
    [InlineData("visit example.co.uk today", "visit|example.co.uk|today")]
    [InlineData("open report.pdf now", "open|report.pdf|now")]
    [InlineData("with partners.Sergio said", "with|partners|.|Sergio|said")]       // glued sentences split
    [InlineData("\u201CNo,\u201D he said", "\u201C|No|,|\u201D|he|said")]         // curly quotes
    [InlineData("war\u2014and peace", "war|\u2014|and|peace")]                     // em dash between words
    [InlineData("wait -- then", "wait|--|then")]
    [InlineData("so\u2026 then... what?!", "so|\u2026|then|...|what|?!")]          // ellipses and runs
    [InlineData("great :) thanks", "great|:)|thanks")]                             // emoticon
    [InlineData("\u0661\u0662\u0663 and \u096A\u096B", "\u0661\u0662\u0663|and|\u096A\u096B")] // non-Latin digits
    [InlineData("#summit and @embassy", "#summit|and|@embassy")]
    public void Tokenize_FollowsUdEnglish(string text, string expected) =>
        Forms(text).Should().Be(expected);

    [Fact]
    public void Tokenize_Offsets_PointIntoTheOriginalText()
    {
        const string text = "  Lima's mayor.Then";

        var tokens = Tokenizer.Default.Tokenize(text);

        tokens.Should().Equal(
            new Token(2, 6), new Token(6, 8), new Token(9, 14), new Token(14, 15), new Token(15, 19));
    }

    [Fact]
    public void Tokenize_Region_KeepsOffsetsOfTheWholeText()
    {
        const string text = "skip this. Quito's plan";

        var tokens = Tokenizer.Default.Tokenize(text, new TextSpan(11, text.Length));

        tokens.Select(token => token.Of(text).ToString()).Should().Equal("Quito", "'s", "plan");
        tokens[0].Start.Should().Be(11);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \t\n\u200B\uFEFF ")]
    public void Tokenize_BlankText_GivesNoTokens(string text) =>
        Tokenizer.Default.Tokenize(text).Should().BeEmpty();

    [Fact]
    public void Tokenize_NullText_ThrowsNamingTheParameter() =>
        FluentActions.Invoking(() => Tokenizer.Default.Tokenize(null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("text");

    [Fact]
    public void Tokenize_RegionOutsideTheText_Throws() =>
        FluentActions.Invoking(() => Tokenizer.Default.Tokenize("short", new TextSpan(2, 9)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("region");
}
