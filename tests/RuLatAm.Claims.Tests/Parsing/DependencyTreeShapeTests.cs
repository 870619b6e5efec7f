using CsCheck;
using RuLatAm.Claims.Parsing;

namespace RuLatAm.Claims.Tests.Parsing;

public sealed class DependencyTreeShapeTests
{
    private static readonly (string Upos, string Xpos)[] Tags =
    [
        ("NOUN", "NN"), ("NOUN", "NNS"), ("PROPN", "NNP"), ("VERB", "VBD"), ("VERB", "VB"), ("VERB", "VBN"), ("AUX", "VBZ"),
        ("ADJ", "JJ"), ("ADP", "IN"), ("DET", "DT"), ("PRON", "PRP"), ("CCONJ", "CC"), ("PUNCT", ","), ("PUNCT", "."),
        ("ADV", "RB"), ("NUM", "CD"), ("PART", "TO"), ("SCONJ", "IN"), ("X", "FW"), ("SYM", "$"),
    ];

    private static readonly Gen<(string Word, int Tag)> Word =
        Gen.Select(Gen.String[Gen.Char.AlphaNumeric, 1, 12], Gen.Int[0, Tags.Length - 1]);

    [Fact]
    public void Parse_AnyTaggedInput_GivesOneRootInRangeHeadsAndNoCycles() =>
        Word.Array[0, 80].Sample(sentence =>
        {
            var words = sentence.Select(w => w.Word).ToArray();
            var upos = sentence.Select(w => Tags[w.Tag].Upos).ToArray();
            var xpos = sentence.Select(w => Tags[w.Tag].Xpos).ToArray();

            var tree = DependencyParser.Default.Parse(words, upos, xpos, words);

            IsWellFormed(tree, words.Length).Should().BeTrue();
        }, iter: 300);

    [Fact]
    public void Parse_OneWord_IsTheRoot()
    {
        var tree = DependencyParser.Default.Parse(["Yes"], ["INTJ"], ["UH"], ["yes"]);

        tree.Heads.Should().Equal(-1);
        tree.Relations.Should().Equal("root");
    }

    private static bool IsWellFormed(DependencyTree tree, int count)
    {
        if (tree.Heads.Length != count || tree.Relations.Length != count)
        {
            return false;
        }

        if (count == 0)
        {
            return true;
        }

        var roots = 0;
        for (var i = 0; i < count; i++)
        {
            var head = tree.Heads[i];
            if (head == -1)
            {
                roots++;
                if (tree.Relations[i] != "root")
                {
                    return false;
                }
            }
            else if (head < 0 || head >= count || head == i || tree.Relations[i] == "root" || string.IsNullOrEmpty(tree.Relations[i]))
            {
                return false;
            }

            // Walking up from any word reaches the root within count steps, or there is a cycle.
            var k = i;
            for (var steps = 0; k != -1; steps++)
            {
                if (steps > count)
                {
                    return false;
                }

                k = tree.Heads[k];
            }
        }

        return roots == 1;
    }
}
