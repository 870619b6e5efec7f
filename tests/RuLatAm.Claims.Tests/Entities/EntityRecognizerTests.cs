using CsCheck;
using RuLatAm.Claims.Entities;

namespace RuLatAm.Claims.Tests.Entities;

public sealed class EntityRecognizerTests
{
    [Theory]
    // A title before a name stays outside the person; the company and the city get their own types.
    [InlineData("Mexican President Andres Lopez met executives of Pemex in Monterrey .", "PER:Andres Lopez|ORG:Pemex|LOC:Monterrey")]
    [InlineData("President Vladimir Putin spoke by phone with Brazilian leader Luiz Silva on Tuesday .", "PER:Vladimir Putin|PER:Luiz Silva")]
    [InlineData("The State Department said the talks in Caracas would resume .", "ORG:State Department|LOC:Caracas")]
    [InlineData("The Federation Council approved the agreement with Nicaragua on Wednesday .", "ORG:Federation Council|LOC:Nicaragua")]
    [InlineData("Foreign Minister Sergei Lavrov arrived in Havana for talks with Cuban officials .", "PER:Sergei Lavrov|LOC:Havana")]
    [InlineData("Gazprom and Petrobras signed a gas deal in Moscow last year .", "ORG:Gazprom|ORG:Petrobras|LOC:Moscow")]
    public void Recognize_NewsSentence_FindsNamesWithTheirTypes(string sentence, string expected)
    {
        var words = sentence.Split(' ');

        var entities = EntityRecognizer.Default.Recognize(words, Nouns(words.Length));

        entities.Select(e => $"{e.Label}:{string.Join(' ', words[e.FirstWord..e.EndWord])}")
            .Should().Equal(expected.Split('|'));
    }

    [Fact]
    public void Recognize_SentenceWithoutNames_FindsNothing()
    {
        var words = "the ministers said they would meet again next week .".Split(' ');

        EntityRecognizer.Default.Recognize(words, Nouns(words.Length)).Should().BeEmpty();
    }

    [Fact]
    public void Recognize_EmptySentence_ReturnsEmpty() =>
        EntityRecognizer.Default.Recognize([], []).Should().BeEmpty();

    [Fact]
    public void Recognize_NullWords_ThrowsNamingTheParameter() =>
        FluentActions.Invoking(() => EntityRecognizer.Default.Recognize(null!, []))
            .Should().Throw<ArgumentNullException>().WithParameterName("words");

    [Fact]
    public void Recognize_TagCountDiffersFromWordCount_Throws() =>
        FluentActions.Invoking(() => EntityRecognizer.Default.Recognize(["Lima"], []))
            .Should().Throw<ArgumentException>().WithParameterName("upos");

    [Fact]
    public void Recognize_LongSentence_KeepsSpansInsideTheSentence()
    {
        var words = Enumerable.Range(0, 600).Select(i => i % 7 == 0 ? "Bogota" : "and").ToArray();

        var entities = EntityRecognizer.Default.Recognize(words, Nouns(words.Length));

        entities.Should().NotBeEmpty().And.OnlyContain(e => e.FirstWord >= 0 && e.EndWord <= words.Length && e.FirstWord < e.EndWord);
    }

    [Fact]
    public void Recognize_AnyWords_ReturnsOrderedNonOverlappingSpans() =>
        Gen.String[1, 12].Array[0, 40].Sample(words =>
        {
            var entities = EntityRecognizer.Default.Recognize(words, Nouns(words.Length));
            var end = 0;
            foreach (var entity in entities)
            {
                entity.FirstWord.Should().BeGreaterThanOrEqualTo(end);
                entity.EndWord.Should().BeGreaterThan(entity.FirstWord).And.BeLessThanOrEqualTo(words.Length);
                entity.Label.Should().BeOneOf("PER", "ORG", "LOC");
                end = entity.EndWord;
            }
        });

    [Fact]
    public void Recognize_ManyThreadsAtOnce_GiveTheSameAnswerAsOne()
    {
        string[][] sentences =
        [
            "Chilean President Ana Torres visited Santiago yesterday .".Split(' '),
            "Officials of the Central Bank of Peru met in Lima .".Split(' '),
            "Rosneft opened an office in Buenos Aires .".Split(' '),
        ];
        var expected = sentences.Select(s => EntityRecognizer.Default.Recognize(s, Nouns(s.Length))).ToArray();

        var results = new EntitySpan[64][];
        Parallel.For(0, results.Length, i => results[i] = EntityRecognizer.Default.Recognize(sentences[i % 3], Nouns(sentences[i % 3].Length)));

        for (var i = 0; i < results.Length; i++)
        {
            results[i].Should().Equal(expected[i % 3]);
        }
    }

    private static string[] Nouns(int count) => Enumerable.Repeat("NOUN", count).ToArray();

    [Fact]
    public async Task Recognize_ReusingItsWorkingMemory_FindsWhatAFirstCallFinds()
    {
        string[] longer = ["Officials", "of", "the", "Bank", "of", "Mexico", "met", "Ana", "Torres", "and", "Luis", "Vega", "in",
            "Monterrey", "before", "flying", "to", "Buenos", "Aires", "on", "Friday", "."];
        string[] shorter = ["Carlos", "Mendes", "left", "."];
        var tags = (string[] words) => words.Select(_ => "X").ToArray();
        var first = await Task.Run(() => EntityRecognizer.Default.Recognize(longer, tags(longer)));

        EntityRecognizer.Default.Recognize(longer, tags(longer));
        EntityRecognizer.Default.Recognize(shorter, tags(shorter));
        var again = EntityRecognizer.Default.Recognize(longer, tags(longer));

        again.Should().Equal(first);
        first.Should().NotBeEmpty();
    }
}
