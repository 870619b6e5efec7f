using System.Runtime.InteropServices;

namespace RuLatAm.Claims.Training.Tagging;

/// <summary>Writes trained heads in the form the library's <c>FeatureWeights.Read</c> expects.</summary>
internal static class FeatureWeightsWriter
{
    /// <summary>Writes the features that carry a weight in some head, by ascending key; weights become 16-bit floats.</summary>
    /// <param name="writer">The model file.</param>
    /// <param name="classCount">Classes of every head.</param>
    /// <param name="keys">The feature key of each column.</param>
    /// <param name="heads">The heads, in the order the library reads them.</param>
    /// <param name="threshold">Weights smaller than this in magnitude are dropped.</param>
    /// <returns>How many features were written.</returns>
    public static int Write(BinaryWriter writer, int classCount, ulong[] keys, IReadOnlyList<LinearHead> heads, float threshold)
    {
        var kept = new List<int>();
        for (var column = 0; column < keys.Length; column++)
        {
            if (heads.Any(h => h.Weights[column].Any(w => Math.Abs(w) >= threshold)))
            {
                kept.Add(column);
            }
        }

        kept.Sort((a, b) => keys[a].CompareTo(keys[b]));
        writer.Write(classCount);
        writer.Write(heads.Count);
        writer.Write(kept.Count);
        var previous = 0UL;
        foreach (var column in kept)
        {
            writer.Write7BitEncodedInt64((long)(keys[column] - previous));
            previous = keys[column];
        }

        foreach (var head in heads)
        {
            writer.Write(MemoryMarshal.AsBytes(head.Bias.AsSpan()));
            var lengths = new ushort[kept.Count];
            var classes = new List<ushort>();
            var weights = new List<Half>();
            for (var f = 0; f < kept.Count; f++)
            {
                var column = kept[f];
                for (var e = 0; e < head.Classes[column].Length; e++)
                {
                    var weight = head.Weights[column][e];
                    if (Math.Abs(weight) >= threshold)
                    {
                        lengths[f]++;
                        classes.Add(head.Classes[column][e]);
                        weights.Add((Half)weight);
                    }
                }
            }

            writer.Write(classes.Count);
            writer.Write(MemoryMarshal.AsBytes(lengths.AsSpan()));
            writer.Write(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(classes)));
            writer.Write(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(weights)));
        }

        return kept.Count;
    }
}
