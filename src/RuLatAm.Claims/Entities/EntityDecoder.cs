using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace RuLatAm.Claims.Entities;

/// <summary>
/// Finds the most probable BIO tag sequence of a sentence under the model (a maximum-entropy Markov model):
/// Viterbi over the seven tags, where I-X may only follow B-X or I-X.
/// </summary>
/// <remarks>Thread-safe: all state lives in the call.</remarks>
internal sealed class EntityDecoder(EntityModel model)
{
    private const int Tags = BioTags.Count;

    /// <summary>Writes the best tag of every word.</summary>
    public void Decode(EntityFeatures features, int count, Span<int> tags)
    {
        if (count == 0)
        {
            return;
        }

        Span<int> buckets = stackalloc int[EntityFeatures.MaxObservations];
        Span<int> transition = stackalloc int[EntityFeatures.TransitionCount];
        Span<float> best = stackalloc float[Tags];
        Span<float> next = stackalloc float[Tags];
        Span<float> probabilities = stackalloc float[EntityModel.Stride];
        var back = count <= 256 ? stackalloc byte[count * Tags] : new byte[count * Tags];
        var rowOf = model.RowOf;
        var rows = model.Rows;

        for (var i = 0; i < count; i++)
        {
            var observed = Vector256.Create(model.Biases);
            var written = features.Observation(i, buckets);
            for (var k = 0; k < written; k++)
            {
                observed += Row(rows, rowOf[buckets[k]]);
            }

            next.Fill(float.NegativeInfinity);
            var previousCount = i == 0 ? 1 : Tags;
            for (var p = 0; p < previousCount; p++)
            {
                var previous = i == 0 ? BioTags.Start : p;
                var sofar = i == 0 ? 0f : best[p];
                if (float.IsNegativeInfinity(sofar))
                {
                    continue;
                }

                features.Transition(i, previous, transition);
                var scores = observed + Row(rows, rowOf[transition[0]]) + Row(rows, rowOf[transition[1]]) + Row(rows, rowOf[transition[2]]);
                LogSoftmax(scores, probabilities);
                for (var t = 0; t < Tags; t++)
                {
                    var candidate = sofar + probabilities[t];
                    if (candidate > next[t] && BioTags.IsAllowed(previous, t))
                    {
                        next[t] = candidate;
                        back[(i * Tags) + t] = (byte)p;
                    }
                }
            }

            next.CopyTo(best);
        }

        var last = 0;
        for (var t = 1; t < Tags; t++)
        {
            if (best[t] > best[last])
            {
                last = t;
            }
        }

        for (var i = count - 1; i >= 0; i--)
        {
            tags[i] = last;
            last = back[(i * Tags) + last];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Row(float[] rows, int row) =>
        Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(rows), (nuint)row * EntityModel.Stride);

    /// <summary>Log-probabilities of the seven tags; the eighth lane is padding and never read.</summary>
    private static void LogSoftmax(Vector256<float> scores, Span<float> result)
    {
        var real = Vector256.WithElement(scores, Tags, float.NegativeInfinity);
        var max = Vector256.Max(real, Vector256.Shuffle(real, Vector256.Create(4, 5, 6, 7, 0, 1, 2, 3)));
        max = Vector256.Max(max, Vector256.Shuffle(max, Vector256.Create(2, 3, 0, 1, 6, 7, 4, 5)));
        max = Vector256.Max(max, Vector256.Shuffle(max, Vector256.Create(1, 0, 3, 2, 5, 4, 7, 6)));
        var sum = Vector256.Sum(Vector256.Exp(real - max));
        (real - max - Vector256.Create(MathF.Log(sum))).CopyTo(result);
    }
}
