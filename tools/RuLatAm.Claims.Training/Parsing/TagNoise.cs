namespace RuLatAm.Claims.Training.Parsing;

/// <summary>
/// Corrupts gold tags the way a tagger errs, so that the parser does not learn to trust tags blindly: a word seen
/// with several tags in training sometimes gets another of them; a rare word sometimes gets a tag it is often
/// confused with. A cheap stand-in for jackknifed tags while the tagger is being retrained elsewhere.
/// </summary>
internal sealed class TagNoise
{
    private static readonly Dictionary<string, (string Upos, string Xpos)> s_confusions = new(StringComparer.Ordinal)
    {
        ["NN"] = ("ADJ", "JJ"), ["JJ"] = ("NOUN", "NN"), ["NNP"] = ("NOUN", "NN"), ["NNS"] = ("PROPN", "NNPS"),
        ["VBD"] = ("VERB", "VBN"), ["VBN"] = ("VERB", "VBD"), ["VB"] = ("VERB", "VBP"), ["VBP"] = ("VERB", "VB"),
        ["VBG"] = ("NOUN", "NN"), ["VBZ"] = ("NOUN", "NNS"), ["RB"] = ("ADJ", "JJ"), ["NNPS"] = ("PROPN", "NNP"),
    };

    private readonly Dictionary<string, List<(string Upos, string Xpos, int Count)>> _classes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly double _ambiguousRate;
    private readonly double _rareRate;

    public TagNoise(IEnumerable<ConlluSentence> sentences, double ambiguousRate, double rareRate)
    {
        _ambiguousRate = ambiguousRate;
        _rareRate = rareRate;
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Count; i++)
            {
                var key = sentence.Words[i].ToLowerInvariant();
                _counts[key] = _counts.GetValueOrDefault(key) + 1;
                if (!_classes.TryGetValue(key, out var list))
                {
                    _classes[key] = list = [];
                }

                var at = list.FindIndex(e => e.Upos == sentence.Upos[i] && e.Xpos == sentence.Xpos[i]);
                if (at < 0)
                {
                    list.Add((sentence.Upos[i], sentence.Xpos[i], 1));
                }
                else
                {
                    list[at] = (list[at].Upos, list[at].Xpos, list[at].Count + 1);
                }
            }
        }
    }

    /// <summary>Noisy copies of the sentence's tags, drawn from <paramref name="random"/>.</summary>
    public (string[] Upos, string[] Xpos) Apply(ConlluSentence sentence, Random random)
    {
        var upos = (string[])sentence.Upos.Clone();
        var xpos = (string[])sentence.Xpos.Clone();
        for (var i = 0; i < sentence.Count; i++)
        {
            var key = sentence.Words[i].ToLowerInvariant();
            var draw = random.NextDouble();
            var list = _classes[key];
            if (list.Count > 1)
            {
                if (draw < _ambiguousRate)
                {
                    (upos[i], xpos[i]) = Other(list, upos[i], xpos[i], random);
                }
            }
            else if (_counts[key] <= 2 && draw < _rareRate && s_confusions.TryGetValue(xpos[i], out var swap))
            {
                (upos[i], xpos[i]) = swap;
            }
        }

        return (upos, xpos);
    }

    private static (string, string) Other(List<(string Upos, string Xpos, int Count)> list, string upos, string xpos, Random random)
    {
        var total = 0;
        foreach (var e in list)
        {
            total += e.Upos == upos && e.Xpos == xpos ? 0 : e.Count;
        }

        var pick = random.Next(total);
        foreach (var e in list)
        {
            if (e.Upos == upos && e.Xpos == xpos)
            {
                continue;
            }

            if (pick < e.Count)
            {
                return (e.Upos, e.Xpos);
            }

            pick -= e.Count;
        }

        return (upos, xpos);
    }
}
