using RuLatAm.Claims.Analysis;
using RuLatAm.Claims.Parsing;
using RuLatAm.Claims.Sentences;
using RuLatAm.Claims.Tagging;
using RuLatAm.Claims.Tokenization;

namespace RuLatAm.Claims.Tests.Analysis;

public sealed class ConlluWriterTests
{
    private static string[] WriteTokens(string text)
    {
        var tokens = Tokenizer.Default.Tokenize(text);
        var sentences = SentenceSplitter.Default.Split(text, tokens);
        using var writer = new StringWriter();
        ConlluWriter.Write(writer, text, tokens, sentences);
        return writer.ToString().Split('\n');
    }

    [Fact]
    public void Write_Clitic_IsAMultiWordTokenOverItsWords()
    {
        var lines = WriteTokens("Cuba's envoy didn't go.");

        lines.Should().Contain("1-2\tCuba's\t_\t_\t_\t_\t_\t_\t_\t_");
        lines.Should().Contain("1\tCuba\t_\t_\t_\t_\t0\t_\t_\t_");
        lines.Should().Contain("2\t's\t_\t_\t_\t_\t1\t_\t_\t_");
        lines.Should().Contain("4-5\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_");
        lines.Should().Contain("6\tgo\t_\t_\t_\t_\t1\t_\t_\tSpaceAfter=No");
    }

    [Fact]
    public void Write_Sentences_GetIdAndTextComments()
    {
        var lines = WriteTokens("One here.Two\nthere");

        lines.Should().ContainInOrder("# sent_id = 1", "# text = One here.", "", "# sent_id = 2", "# text = Two there");
        lines.Should().Contain("3\t.\t_\t_\t_\t_\t1\t_\t_\tSpaceAfter=No");
    }

    [Fact]
    public void Write_Tree_WritesHeadsFromOneAndRootAsZero()
    {
        const string text = "Lima votes";
        var tokens = new[] { new Token(0, 4), new Token(5, 10) };
        var sentence = new AnalyzedSentence(
            text,
            new Sentence(0, 2, new TextSpan(0, 10)),
            tokens,
            ["Lima", "votes"],
            new PosTags(["PROPN", "VERB"], ["NNP", "VBZ"]),
            ["Lima", "vote"],
            [],
            new DependencyTree([1, -1], ["nsubj", "root"]));
        using var writer = new StringWriter();

        ConlluWriter.Write(writer, [sentence]);

        writer.ToString().Split('\n').Should().ContainInOrder(
            "1\tLima\tLima\tPROPN\tNNP\t_\t2\tnsubj\t_\t_",
            "2\tvotes\tvote\tVERB\tVBZ\t_\t0\troot\t_\t_");
    }

    [Fact]
    public void Write_EveryWordLine_HasTenColumns()
    {
        var lines = WriteTokens("A \u201Cquoted\u201D word\u2014and U.S. figures: 9.4%.\n\nNext.");

        lines.Where(line => line.Length > 0 && line[0] != '#').Should().OnlyContain(line => line.Split('\t').Length == 10);
    }
}
