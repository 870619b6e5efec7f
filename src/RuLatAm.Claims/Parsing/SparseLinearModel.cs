using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace RuLatAm.Claims.Parsing;

/// <summary>
/// A multiclass linear model over hashed features, stored sparsely: a bitmap marks the buckets that carry weights,
/// a rank beside each bitmap word turns a bucket into a row, and each row holds the row's non-zero weights.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Scoring allocates nothing. It is bound by cache misses, so the layout keeps each
/// lookup to as few cache lines as possible: the bitmap word and its rank share one, a model with at most
/// <see cref="DenseWidth"/> classes stores each row as one aligned block of weights (one more line), and a larger
/// model stores a row's (class, weight) pairs side by side. Rows are found for every feature before any is read,
/// so the processor can fetch them in parallel.
/// </remarks>
internal sealed class SparseLinearModel
{
    /// <summary>Models with this many classes or fewer store every row densely.</summary>
    public const int DenseWidth = 4;

    private readonly int _bits;
    private readonly Block[] _blocks;
    private readonly float[] _bias;

    // Exactly one of the two row stores is used: dense rows of DenseWidth weights, or sparse rows of entries.
    private readonly float[] _dense;
    private readonly int[] _rowStart;
    private readonly Entry[] _entries;

    // Read once per process, at start-up, over millions of entries: compiled fully optimised from the first call
    // rather than through the quick first tier, which would run these loops several times slower.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private SparseLinearModel(int bits, ulong[] present, int[] rowStart, byte[] classes, float[] weights, float[] bias)
    {
        _bits = bits;
        _bias = bias;
        _blocks = new Block[present.Length];
        var rows = 0;
        for (var i = 0; i < present.Length; i++)
        {
            _blocks[i] = new Block(present[i], rows);
            rows += BitOperations.PopCount(present[i]);
        }

        if (bias.Length <= DenseWidth)
        {
            _dense = new float[rows * DenseWidth];
            _rowStart = [];
            _entries = [];
            for (var r = 0; r < rows; r++)
            {
                for (var j = rowStart[r]; j < rowStart[r + 1]; j++)
                {
                    _dense[r * DenseWidth + classes[j]] = weights[j];
                }
            }
        }
        else
        {
            _dense = [];
            _rowStart = rowStart;
            _entries = new Entry[weights.Length];
            for (var j = 0; j < weights.Length; j++)
            {
                _entries[j] = new Entry(classes[j], weights[j]);
            }
        }

        NonZeroCount = weights.Length;
    }

    public int ClassCount => _bias.Length;

    /// <summary>log2 of the number of buckets features hash into.</summary>
    public int Bits => _bits;

    public int NonZeroCount { get; }

    private bool IsDense => _bias.Length <= DenseWidth;

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
        foreach (var (bucket, classes, weights) in Rows())
        {
            var kept = Enumerable.Range(0, classes.Length).Where(j => Math.Abs((float)(Half)weights[j]) >= threshold).ToArray();
            if (kept.Length > 0)
            {
                rows.Add((bucket, [.. kept.Select(j => classes[j])], [.. kept.Select(j => weights[j])]));
            }
        }

        return Create(_bits, _bias, rows);
    }

    /// <summary>Adds up the weights of <paramref name="features"/> per class into <paramref name="scores"/>.</summary>
    /// <remarks>Features add in their given order, so scores are the same to the last bit whatever the layout.</remarks>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Span<int> rows = features.Length <= 256 ? stackalloc int[features.Length] : new int[features.Length];
        var found = FindRows(features, rows);
        if (IsDense)
        {
            AddDense(rows[..found], scores);
        }
        else
        {
            AddSparse(rows[..found], scores);
        }
    }

    /// <summary>Writes the model; weights are stored as half-precision floats.</summary>
    public void Write(BinaryWriter writer)
    {
        var lengths = new List<byte>();
        var classes = new List<byte>();
        var weights = new List<Half>();
        var present = new ulong[_blocks.Length];
        foreach (var (bucket, rowClasses, rowWeights) in Rows())
        {
            present[bucket >> 6] |= 1UL << (bucket & 63);
            lengths.Add((byte)rowClasses.Length);
            classes.AddRange(rowClasses);
            weights.AddRange(rowWeights.Select(w => (Half)w));
        }

        writer.Write(_bits);
        writer.Write(_bias.Length);
        writer.Write(lengths.Count);
        writer.Write(weights.Count);
        foreach (var b in _bias)
        {
            writer.Write(b);
        }

        writer.Write(MemoryMarshal.AsBytes(present.AsSpan()));
        writer.Write(lengths.ToArray());
        writer.Write(classes.ToArray());
        writer.Write(MemoryMarshal.AsBytes(weights.ToArray().AsSpan()));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

        var rows = 0;
        foreach (var word in present)
        {
            rows += BitOperations.PopCount(word);
        }

        if (rows != rowCount || rowStart[rowCount] != nonZero || classes.AsSpan().IndexOfAnyInRange((byte)classCount, byte.MaxValue) >= 0)
        {
            throw new InvalidDataException("The parser model's rows do not match its bitmap or its classes.");
        }

        return new SparseLinearModel(bits, present, rowStart, classes, weights, bias);
    }

    private static void ReadExactly(BinaryReader reader, Span<byte> target) => reader.BaseStream.ReadExactly(target);

    // Branch-free, so the lookups of all features are in flight together rather than one after another.
    private int FindRows(ReadOnlySpan<ulong> features, Span<int> rows)
    {
        var blocks = _blocks;
        var found = 0;
        foreach (var feature in features)
        {
            var bucket = FeatureHash.Bucket(feature, _bits);
            ref readonly var block = ref blocks[bucket >> 6];
            var bit = bucket & 63;
            rows[found] = block.FirstRow + BitOperations.PopCount(block.Present & ((1UL << bit) - 1));
            found += (int)((block.Present >> bit) & 1);
        }

        return found;
    }

    private void AddDense(ReadOnlySpan<int> rows, Span<float> scores)
    {
        Span<float> lanes = stackalloc float[DenseWidth];
        _bias.CopyTo(lanes);
        var sum = Vector128.Create<float>(lanes);
        ref var weights = ref MemoryMarshal.GetArrayDataReference(_dense);
        foreach (var row in rows)
        {
            sum += Vector128.LoadUnsafe(ref weights, (nuint)(row * DenseWidth));
        }

        sum.CopyTo(lanes);
        lanes[..scores.Length].CopyTo(scores);
    }

    private void AddSparse(ReadOnlySpan<int> rows, Span<float> scores)
    {
        _bias.CopyTo(scores);
        var entries = _entries;
        foreach (var row in rows)
        {
            var end = _rowStart[row + 1];
            for (var j = _rowStart[row]; j < end; j++)
            {
                ref readonly var entry = ref entries[j];
                scores[entry.Class] += entry.Weight;
            }
        }
    }

    /// <summary>Every row in bucket order with its non-zero (class, weight) pairs.</summary>
    private IEnumerable<(int Bucket, byte[] Classes, float[] Weights)> Rows()
    {
        for (var word = 0; word < _blocks.Length; word++)
        {
            var block = _blocks[word];
            var mask = block.Present;
            var row = block.FirstRow;
            while (mask != 0)
            {
                var bucket = (word << 6) + BitOperations.TrailingZeroCount(mask);
                mask &= mask - 1;
                yield return RowAt(bucket, row++);
            }
        }
    }

    private (int, byte[], float[]) RowAt(int bucket, int row)
    {
        if (IsDense)
        {
            var classes = Enumerable.Range(0, ClassCount).Where(c => _dense[row * DenseWidth + c] != 0).ToArray();
            return (bucket, [.. classes.Select(c => (byte)c)], [.. classes.Select(c => _dense[row * DenseWidth + c])]);
        }

        var entries = _entries.AsSpan(_rowStart[row], _rowStart[row + 1] - _rowStart[row]).ToArray();
        return (bucket, [.. entries.Select(e => (byte)e.Class)], [.. entries.Select(e => e.Weight)]);
    }

    /// <summary>One 64-bucket word of the bitmap and the row of its first set bit.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct Block(ulong Present, int FirstRow);

    /// <summary>One non-zero weight of a sparse row.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct Entry(int Class, float Weight);
}
