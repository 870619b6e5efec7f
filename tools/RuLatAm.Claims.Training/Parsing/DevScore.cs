using RuLatAm.Claims.Parsing;
using RuLatAm.Claims.Tagging;

namespace RuLatAm.Claims.Training.Parsing;

/// <summary>Quick dev figures between rounds: gold words and tags, lemmas from the library's lemmatizer; LAS
/// compares universal relations (subtypes ignored) as the CoNLL 2018 evaluator does, punctuation included.</summary>
internal static class DevScore
{
    public static (double Uas, double Las) GoldTags(DependencyParser parser, IReadOnlyList<ConlluSentence> dev)
    {
        long total = 0, heads = 0, labelled = 0;
        foreach (var sentence in dev)
        {
            var tree = parser.Parse(sentence.Words, sentence.Upos, sentence.Xpos, Lemmas(sentence.Words, sentence.Upos, sentence.Xpos));
            for (var i = 0; i < sentence.Count; i++)
            {
                total++;
                if (tree.Heads[i] == sentence.Heads[i])
                {
                    heads++;
                    if (Universal(tree.Relations[i]).SequenceEqual(Universal(sentence.Relations[i])))
                    {
                        labelled++;
                    }
                }
            }
        }

        return (100.0 * heads / total, 100.0 * labelled / total);
    }

    public static string[] Lemmas(string[] words, string[] upos, string[] xpos)
    {
        var lemmas = new string[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            lemmas[i] = Lemmatizer.Default.Lemmatize(words[i], upos[i], xpos[i]);
        }

        return lemmas;
    }

    private static ReadOnlySpan<char> Universal(string relation)
    {
        var colon = relation.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? relation : relation.AsSpan(0, colon);
    }
}
