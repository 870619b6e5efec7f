using System.Numerics;
using System.Runtime.InteropServices;

namespace RuLatAm.Claims.Parsing;

/// <summary>
/// A multiclass linear model over hashed features, stored sparsely: a bitmap marks the buckets that carry weights,
/// a rank table turns a bucket into a row, and each row lists only its non-zero (class, weight) pairs.
/// </summary>
/// <remarks>Immutable and thread-safe. Scoring allocates nothing.</remarks>
internal sealed class SparseLinearModel
{
    private readonly int _bits;
    private readonly ulong[] _present;
    private readonly int[] _rank;
    private readonly int[] _rowStart;
    private readonly byte[] _classes;
    private readonly float[] _weights;
    private readonly float[] _bias;

    private SparseLinearModel(int bits, ulong[] present, int[] rowStart, byte[] classes, float[] weights, float[] bias)
    {
        _bits = bits;
        _present = present;
        _rowStart = rowStart;
        _classes = classes;
        _weights = weights;
        _bias = bias;
        _rank = new int[present.Length];
        var total = 0;
        for (var i = 0; i < present.Length; i++)
        {
            _rank[i] = total;
            total += BitOperations.PopCount(present[i]);
        }
    }

    public int ClassCount => _bias.Length;

    /// <summary>log2 of the number of buckets features hash into.</summary>
    public int Bits => _bits;

    public int NonZeroCount => _weights.Length;

    /// <summary>Builds a model from rows in bucket order; each row holds (class, weight) pairs.</summary>
    public static SparseLinearModel Create(int bits, float[] bias, IReadOnlyList<(int Bucket, byte[] Classes, float[] Weights)> rows)
    {
        var present = new ulong[Math.Max(1, (1 << bits) / 64)];
        var rowStart = new int[rows.Count + 1];
        var classes = new List<byte>();
        var weights = new List<float>();
        for (var r = 0; r < rows.Count; r++)
        {
            var (bucket, rowClasses, rowWeights) = rows[r];
            present[bucket >> 6] |= 1UL << (bucket & 63);
            classes.AddRange(rowClasses);
            weights.AddRange(rowWeights);
            rowStart[r + 1] = classes.Count;
        }

        return new SparseLinearModel(bits, present, rowStart, [.. classes], [.. weights], bias);
    }

    /// <summary>
    /// A copy without the weights whose half-precision value is smaller than <paramref name="threshold"/> in magnitude,
    /// so pruning before or after a write-read round trip keeps the same weights.
    /// </summary>
    public SparseLinearModel Prune(float threshold)
    {
        var rows = new List<(int, byte[], float[])>();
        var classes = new List<byte>();
        var weights = new List<float>();
        for (var word = 0; word < _present.Length; word++)
        {
            var mask = _present[word];
            while (mask != 0)
            {
                var bit = BitOperations.TrailingZeroCount(mask);
                mask &= mask - 1;
                var bucket = (word << 6) + bit;
                var row = _rank[word] + BitOperations.PopCount(_present[word] & ((1UL << bit) - 1));
                classes.Clear();
                weights.Clear();
                for (var j = _rowStart[row]; j < _rowStart[row + 1]; j++)
                {
                    if (Math.Abs((float)(Half)_weights[j]) >= threshold)
                    {
                        classes.Add(_classes[j]);
                        weights.Add(_weights[j]);
                    }
                }

                if (classes.Count > 0)
                {
                    rows.Add((bucket, [.. classes], [.. weights]));
                }
            }
        }

        return Create(_bits, _bias, rows);
    }

    /// <summary>Adds up the weights of <paramref name="features"/> per class into <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        _bias.CopyTo(scores);
        foreach (var feature in features)
        {
            var bucket = FeatureHash.Bucket(feature, _bits);
            var mask = _present[bucket >> 6];
            var bit = 1UL << (bucket & 63);
            if ((mask & bit) == 0)
            {
                continue;
            }

            var row = _rank[bucket >> 6] + BitOperations.PopCount(mask & (bit - 1));
            var end = _rowStart[row + 1];
            for (var j = _rowStart[row]; j < end; j++)
            {
                scores[_classes[j]] += _weights[j];
            }
        }
    }

    /// <summary>Writes the model; weights are stored as half-precision floats.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(_bits);
        writer.Write(_bias.Length);
        writer.Write(_rowStart.Length - 1);
        writer.Write(_weights.Length);
        foreach (var b in _bias)
        {
            writer.Write(b);
        }

        writer.Write(MemoryMarshal.AsBytes(_present.AsSpan()));
        for (var r = 0; r + 1 < _rowStart.Length; r++)
        {
            writer.Write((byte)(_rowStart[r + 1] - _rowStart[r]));
        }

        writer.Write(_classes);
        var halves = new Half[_weights.Length];
        for (var i = 0; i < halves.Length; i++)
        {
            halves[i] = (Half)_weights[i];
        }

        writer.Write(MemoryMarshal.AsBytes(halves.AsSpan()));
    }

    public static SparseLinearModel Read(BinaryReader reader)
    {
        var bits = reader.ReadInt32();
        var classCount = reader.ReadInt32();
        var rowCount = reader.ReadInt32();
        var nonZero = reader.ReadInt32();
        if (bits is < 6 or > 28 || classCount is < 1 or > 255 || rowCount < 0 || nonZero < 0)
        {
            throw new InvalidDataException("The parser model's header is corrupt.");
        }

        var bias = new float[classCount];
        for (var i = 0; i < bias.Length; i++)
        {
            bias[i] = reader.ReadSingle();
        }

        var present = new ulong[(1 << bits) / 64];
        ReadExactly(reader, MemoryMarshal.AsBytes(present.AsSpan()));
        var lengths = new byte[rowCount];
        ReadExactly(reader, lengths);
        var rowStart = new int[rowCount + 1];
        for (var r = 0; r < rowCount; r++)
        {
            rowStart[r + 1] = rowStart[r] + lengths[r];
        }

        var classes = new byte[nonZero];
        ReadExactly(reader, classes);
        var halves = new Half[nonZero];
        ReadExactly(reader, MemoryMarshal.AsBytes(halves.AsSpan()));
        var weights = new float[nonZero];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)halves[i];
        }

        return new SparseLinearModel(bits, present, rowStart, classes, weights, bias);
    }

    private static void ReadExactly(BinaryReader reader, Span<byte> target) => reader.BaseStream.ReadExactly(target);
}
