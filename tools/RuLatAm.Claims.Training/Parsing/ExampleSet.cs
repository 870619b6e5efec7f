using Microsoft.ML.Data;
using RuLatAm.Claims.Parsing;

namespace RuLatAm.Claims.Training.Parsing;

/// <summary>
/// Training decisions kept compactly (sorted, distinct feature buckets and a class) and handed to ML.NET as
/// sparse vectors on each pass, so a million rows cost a few hundred megabytes rather than gigabytes.
/// </summary>
internal sealed class ExampleSet(int bits)
{
    private readonly List<int[]> _buckets = [];
    private readonly List<byte> _classes = [];
    private float[] _ones = Ones(256);

    public int Bits { get; } = bits;

    public int Count => _classes.Count;

    public void Add(ReadOnlySpan<ulong> features, int label)
    {
        var buckets = new int[features.Length];
        for (var i = 0; i < features.Length; i++)
        {
            buckets[i] = FeatureHash.Bucket(features[i], Bits);
        }

        Array.Sort(buckets);
        var distinct = 0;
        for (var i = 0; i < buckets.Length; i++)
        {
            if (i == 0 || buckets[i] != buckets[i - 1])
            {
                buckets[distinct++] = buckets[i];
            }
        }

        _buckets.Add(buckets[..distinct]);
        _classes.Add((byte)label);
    }

    /// <summary>The rows as ML.NET reads them; the feature values all share one array of ones, which ML.NET only reads.</summary>
    public IEnumerable<ParserInstance> Rows()
    {
        var length = 1 << Bits;
        for (var i = 0; i < _classes.Count; i++)
        {
            var buckets = _buckets[i];
            if (_ones.Length < buckets.Length)
            {
                _ones = Ones(buckets.Length * 2);
            }

            yield return new ParserInstance
            {
                Label = _classes[i],
                Features = new VBuffer<float>(length, buckets.Length, _ones, buckets),
            };
        }
    }

    private static float[] Ones(int length)
    {
        var ones = new float[length];
        Array.Fill(ones, 1f);
        return ones;
    }
}
