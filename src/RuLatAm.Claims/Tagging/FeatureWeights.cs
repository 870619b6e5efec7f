using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace RuLatAm.Claims.Tagging;

/// <summary>The learned weights of one or two linear classifiers that share a set of hashed features.</summary>
/// <remarks>
/// Immutable and thread-safe once read. Each feature holds, per head (classifier), a short sparse row of
/// (class, weight) pairs: the L1-regularised trainer leaves most weights at zero, so rows are short. Scoring is
/// bound by cache misses, so a feature costs two: its hash slot holds the key and where its rows are, and the rows
/// of both heads lie side by side.
/// <para>
/// Stored form (little-endian): class count, head count and feature count as 32-bit integers; feature keys in
/// ascending order as 7-bit-encoded gaps; then per head the class biases (32-bit floats), a 32-bit entry count,
/// the row lengths (16-bit, one per feature), the class of each entry (16-bit) and its weight (16-bit float).
/// </para>
/// </remarks>
internal sealed class FeatureWeights
{
    /// <summary>The most heads a model may have; a slot has room for this many row lengths.</summary>
    public const int MaxHeads = 2;

    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly Entry[] _entries;
    private readonly float[][] _bias;

    private FeatureWeights(int classCount, Slot[] slots, Entry[] entries, float[][] bias)
    {
        ClassCount = classCount;
        _slots = slots;
        _mask = slots.Length - 1;
        _entries = entries;
        _bias = bias;
    }

    public int ClassCount { get; }

    public int HeadCount => _bias.Length;

    public ReadOnlySpan<float> Bias(int head) => _bias[head];

    /// <summary>Finds a feature by key: its slot, or -1 when the model never saw it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key)
    {
        var slot = (int)key & _mask;
        while (true)
        {
            var stored = _slots[slot].Key;
            if (stored == key)
            {
                return slot;
            }

            if (stored == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Adds the weights in <paramref name="head"/> of the feature in <paramref name="slot"/> to the class scores.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int head, int slot, Span<float> scores)
    {
        ref readonly var s = ref _slots[slot];
        var start = head == 0 ? s.Start : s.Start + s.Length0;
        var end = start + (head == 0 ? s.Length0 : s.Length1);
        var entries = _entries;
        for (var e = start; e < end; e++)
        {
            ref readonly var entry = ref entries[e];
            scores[entry.Class] += entry.Weight;
        }
    }

    /// <summary>Adds the weights of every known key in <paramref name="keys"/> to the class scores.</summary>
    public void AddAll(int head, ReadOnlySpan<ulong> keys, Span<float> scores)
    {
        // All slots are found before any row is read, so the processor overlaps the lookups.
        Span<int> slots = stackalloc int[keys.Length];
        var found = FindAll(keys, slots);
        foreach (var slot in slots[..found])
        {
            Add(head, slot, scores);
        }
    }

    /// <summary>Writes the slots of the known keys, in key order.</summary>
    /// <returns>How many keys are known.</returns>
    public int FindAll(ReadOnlySpan<ulong> keys, Span<int> slots)
    {
        var found = 0;
        foreach (var key in keys)
        {
            var slot = Find(key);
            slots[found] = slot;
            found += slot >= 0 ? 1 : 0;
        }

        return found;
    }

    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }

    // Read once per process, at start-up, over millions of entries: compiled fully optimised from the first call
    // rather than through the quick first tier, which would run these loops several times slower.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static FeatureWeights Read(BinaryReader reader)
    {
        var classCount = reader.ReadInt32();
        var headCount = reader.ReadInt32();
        var featureCount = reader.ReadInt32();
        if (classCount <= 0 || classCount > ushort.MaxValue || headCount is <= 0 or > MaxHeads || featureCount < 0)
        {
            throw new InvalidDataException("The feature weights have an invalid header.");
        }

        var keys = new ulong[featureCount];
        var key = 0UL;
        for (var f = 0; f < featureCount; f++)
        {
            key += (ulong)reader.Read7BitEncodedInt64();
            keys[f] = key;
        }

        var bias = new float[headCount][];
        var rows = new Rows[headCount];
        for (var h = 0; h < headCount; h++)
        {
            (bias[h], rows[h]) = ReadHead(reader, classCount, featureCount);
        }

        var entries = new Entry[rows.Sum(r => r.Classes.Length)];
        var slots = new Slot[(int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, featureCount * 2))];
        var mask = slots.Length - 1;
        var next = 0;
        Span<ushort> lengths = stackalloc ushort[MaxHeads];
        for (var f = 0; f < featureCount; f++)
        {
            var start = next;
            for (var h = 0; h < headCount; h++)
            {
                var row = rows[h];
                lengths[h] = (ushort)(row.Starts[f + 1] - row.Starts[f]);
                for (var e = row.Starts[f]; e < row.Starts[f + 1]; e++)
                {
                    entries[next++] = new Entry(row.Classes[e], row.Weights[e]);
                }
            }

            var slot = (int)keys[f] & mask;
            while (slots[slot].Key != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = new Slot(keys[f], start, lengths[0], lengths[1]);
        }

        return new FeatureWeights(classCount, slots, entries, bias);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (float[] Bias, Rows Rows) ReadHead(BinaryReader reader, int classCount, int featureCount)
    {
        var bias = new float[classCount];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(bias.AsSpan()));
        var entryCount = reader.ReadInt32();
        var lengths = new ushort[featureCount];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(lengths.AsSpan()));
        var starts = new int[featureCount + 1];
        for (var f = 0; f < featureCount; f++)
        {
            starts[f + 1] = starts[f] + lengths[f];
        }

        if (starts[featureCount] != entryCount)
        {
            throw new InvalidDataException("The feature weights' row lengths do not add up to their entry count.");
        }

        var classes = new ushort[entryCount];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(classes.AsSpan()));
        foreach (var c in classes)
        {
            if (c >= classCount)
            {
                throw new InvalidDataException("A feature weight names a class the model does not have.");
            }
        }

        var halves = new Half[entryCount];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(halves.AsSpan()));
        var weights = new float[entryCount];
        for (var e = 0; e < entryCount; e++)
        {
            weights[e] = (float)halves[e];
        }

        return (bias, new Rows(starts, classes, weights));
    }

    /// <summary>A head's rows as stored: where each feature's row starts, and its classes and weights.</summary>
    private sealed record Rows(int[] Starts, ushort[] Classes, float[] Weights);

    /// <summary>A hash slot: the feature's key (0 for an empty slot), where its rows start and each head's row length.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct Slot(ulong Key, int Start, ushort Length0, ushort Length1);

    /// <summary>One non-zero weight.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct Entry(int Class, float Weight);
}
