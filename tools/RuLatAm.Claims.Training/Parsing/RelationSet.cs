namespace RuLatAm.Claims.Training.Parsing;

/// <summary>The relations of the training data in ordinal order, with the directions each was seen in.</summary>
internal sealed class RelationSet
{
    private readonly Dictionary<string, int> _index;

    public RelationSet(IReadOnlyList<ConlluSentence> sentences)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            names.UnionWith(sentence.Relations);
        }

        Names = [.. names];
        if (Names.Length > 64)
        {
            throw new InvalidDataException($"The parser handles at most 64 relations; the data has {Names.Length}.");
        }

        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Names.Length; i++)
        {
            _index[Names[i]] = i;
        }

        foreach (var sentence in sentences)
        {
            for (var d = 0; d < sentence.Count; d++)
            {
                var bit = 1UL << _index[sentence.Relations[d]];
                if (sentence.Heads[d] > d)
                {
                    Left |= bit;
                }
                else if (sentence.Heads[d] >= 0)
                {
                    Right |= bit;
                }
            }
        }
    }

    public string[] Names { get; }

    public ulong Left { get; }

    public ulong Right { get; }

    public int IndexOf(string relation) =>
        _index.TryGetValue(relation, out var i) ? i : throw new InvalidDataException($"Relation '{relation}' is not in the training data.");
}
