namespace RuLatAm.Claims.Training.Tagging;

/// <summary>Maps feature keys seen often enough in training to consecutive columns, in first-seen order.</summary>
/// <remarks>First-seen order over a corpus read in file order is deterministic, so columns are too.</remarks>
internal sealed class FeatureVocabulary
{
    private readonly Dictionary<ulong, int> _columns = [];
    private readonly List<ulong> _keys = [];

    public int Count => _keys.Count;

    public ulong[] Keys => [.. _keys];

    /// <summary>Adds every key that occurs at least <paramref name="minCount"/> times in <paramref name="occurrences"/>.</summary>
    public void AddFrequent(IEnumerable<ulong> occurrences, int minCount)
    {
        var counts = new Dictionary<ulong, int>();
        var order = new List<ulong>();
        foreach (var key in occurrences)
        {
            if (_columns.ContainsKey(key))
            {
                continue;
            }

            counts.TryGetValue(key, out var count);
            if (count == 0)
            {
                order.Add(key);
            }

            counts[key] = count + 1;
        }

        foreach (var key in order)
        {
            if (counts[key] >= minCount)
            {
                _columns.Add(key, _keys.Count);
                _keys.Add(key);
            }
        }
    }

    /// <summary>The sorted, distinct columns of the known keys among <paramref name="keys"/>.</summary>
    public int[] Columns(ReadOnlySpan<ulong> keys)
    {
        var columns = new List<int>(keys.Length);
        foreach (var key in keys)
        {
            if (_columns.TryGetValue(key, out var column) && !columns.Contains(column))
            {
                columns.Add(column);
            }
        }

        columns.Sort();
        return [.. columns];
    }
}
