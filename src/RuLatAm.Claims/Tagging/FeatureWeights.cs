using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace RuLatAm.Claims.Tagging;

/// <summary>The learned weights of one or more linear classifiers that share a set of hashed features.</summary>
/// <remarks>
/// Immutable and thread-safe once read. Each feature holds, per head (classifier), a short sparse row of
/// (class, weight) pairs: the L1-regularised trainer leaves most weights at zero, so rows are short and scoring a
/// word touches a few cache lines per feature.
/// <para>
/// Stored form (little-endian): class count, head count and feature count as 32-bit integers; feature keys in
/// ascending order as 7-bit-encoded gaps; then per head the class biases (32-bit floats), a 32-bit entry count,
/// the row lengths (16-bit, one per feature), the class of each entry (16-bit) and its weight (16-bit float).
/// </para>
/// </remarks>
internal sealed class FeatureWeights
{
    private readonly ulong[] _slotKeys;
    private readonly int[] _slotFeatures;
    private readonly int _mask;
    private readonly Head[] _heads;

    private FeatureWeights(int classCount, ulong[] slotKeys, int[] slotFeatures, Head[] heads)
    {
        ClassCount = classCount;
        _slotKeys = slotKeys;
        _slotFeatures = slotFeatures;
        _mask = slotKeys.Length - 1;
        _heads = heads;
    }

    public int ClassCount { get; }

    public int HeadCount => _heads.Length;

    public ReadOnlySpan<float> Bias(int head) => _heads[head].Bias;

    /// <summary>Finds a feature by key; -1 when the model never saw it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key)
    {
        var slot = (int)key & _mask;
        while (true)
        {
            var stored = _slotKeys[slot];
            if (stored == key)
            {
                return _slotFeatures[slot];
            }

            if (stored == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Adds the weights of <paramref name="feature"/> in <paramref name="head"/> to the class scores.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int head, int feature, Span<float> scores)
    {
        var h = _heads[head];
        var end = h.Starts[feature + 1];
        var classes = h.Classes;
        var weights = h.Weights;
        for (var e = h.Starts[feature]; e < end; e++)
        {
            scores[classes[e]] += weights[e];
        }
    }

    /// <summary>Adds the weights of every known key in <paramref name="keys"/> to the class scores.</summary>
    public void AddAll(int head, ReadOnlySpan<ulong> keys, Span<float> scores)
    {
        foreach (var key in keys)
        {
            var feature = Find(key);
            if (feature >= 0)
            {
                Add(head, feature, scores);
            }
        }
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

    public static FeatureWeights Read(BinaryReader reader)
    {
        var classCount = reader.ReadInt32();
        var headCount = reader.ReadInt32();
        var featureCount = reader.ReadInt32();
        if (classCount <= 0 || classCount > ushort.MaxValue || headCount <= 0 || featureCount < 0)
        {
            throw new InvalidDataException("The feature weights have an invalid header.");
        }

        var slots = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, featureCount * 2));
        var slotKeys = new ulong[slots];
        var slotFeatures = new int[slots];
        var key = 0UL;
        for (var f = 0; f < featureCount; f++)
        {
            key += (ulong)reader.Read7BitEncodedInt64();
            var slot = (int)key & (slots - 1);
            while (slotKeys[slot] != 0)
            {
                slot = (slot + 1) & (slots - 1);
            }

            slotKeys[slot] = key;
            slotFeatures[slot] = f;
        }

        var heads = new Head[headCount];
        for (var h = 0; h < headCount; h++)
        {
            heads[h] = Head.Read(reader, classCount, featureCount);
        }

        return new FeatureWeights(classCount, slotKeys, slotFeatures, heads);
    }

    private sealed class Head(float[] bias, int[] starts, ushort[] classes, float[] weights)
    {
        public float[] Bias { get; } = bias;

        public int[] Starts { get; } = starts;

        public ushort[] Classes { get; } = classes;

        public float[] Weights { get; } = weights;

        public static Head Read(BinaryReader reader, int classCount, int featureCount)
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

            return new Head(bias, starts, classes, weights);
        }
    }
}
