using System.IO.Compression;
using System.Text;

namespace RuLatAm.Claims.Entities;

/// <summary>
/// The weights of the trained recognizer: a multiclass linear model over hashed features, one row of
/// <see cref="Stride"/> floats (one per tag, padded) per bucket, plus one bias per tag.
/// </summary>
/// <remarks>
/// File layout: the magic "RLNER", then a deflate stream holding format version, feature version, hash bits, tag
/// count, biases (float32), the weights as half floats bucket by bucket, then the
/// <see cref="EntityVocabulary"/> bit set. Immutable once read; thread-safe.
/// </remarks>
internal sealed class EntityModel
{
    /// <summary>Floats per bucket: seven tags padded to eight, so that a row is one 256-bit load.</summary>
    public const int Stride = 8;

    private const int FormatVersion = 2;
    private static readonly byte[] s_magic = "RLNER"u8.ToArray();

    /// <summary>Builds a model from trained weights.</summary>
    /// <param name="bits">Log2 of the number of buckets.</param>
    /// <param name="weights">Weights, <see cref="Stride"/> per bucket, tag by tag.</param>
    /// <param name="biases">One bias per tag, padded to <see cref="Stride"/>.</param>
    /// <param name="vocabulary">Words the training text writes in lower case.</param>
    /// <exception cref="ArgumentException">The arrays do not fit the bucket count, or too many buckets are in use.</exception>
    public EntityModel(int bits, float[] weights, float[] biases, EntityVocabulary vocabulary)
    {
        if (bits is < 10 or > 24 || weights.Length != Stride << bits || biases.Length != Stride)
        {
            throw new ArgumentException("The weights do not match the number of buckets and tags.", nameof(weights));
        }

        Bits = bits;
        Weights = weights;
        Biases = biases;
        Vocabulary = vocabulary;
        (RowOf, Rows) = Compact(bits, weights);
    }

    /// <summary>Log2 of the number of buckets.</summary>
    public int Bits { get; }

    /// <summary>The weights, <see cref="Stride"/> per bucket, as trained.</summary>
    public float[] Weights { get; }

    /// <summary>
    /// The row of <see cref="Rows"/> that holds a bucket's weights; 0, a row of zeros, for the many buckets L1
    /// regularisation emptied. Scoring reads these two small arrays, not <see cref="Weights"/>, so that they stay in cache.
    /// </summary>
    public ushort[] RowOf { get; }

    /// <summary>The weights of the buckets in use, <see cref="Stride"/> per row, row 0 all zeros.</summary>
    public float[] Rows { get; }

    /// <summary>The biases, padded to <see cref="Stride"/>.</summary>
    public float[] Biases { get; }

    /// <summary>Words the training text writes in lower case.</summary>
    public EntityVocabulary Vocabulary { get; }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The stream holds no model of this version.</exception>
    public static EntityModel Read(Stream stream)
    {
        Span<byte> magic = stackalloc byte[5];
        stream.ReadExactly(magic);
        if (!magic.SequenceEqual(s_magic))
        {
            throw new InvalidDataException("Not an entity model: the magic bytes are wrong.");
        }

        using var deflate = new DeflateStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(new BufferedStream(deflate, 1 << 16), Encoding.UTF8);
        var format = reader.ReadInt32();
        var features = reader.ReadInt32();
        var bits = reader.ReadInt32();
        var tags = reader.ReadInt32();
        if (format != FormatVersion || features != EntityFeatures.Version || tags != BioTags.Count || bits is < 10 or > 24)
        {
            throw new InvalidDataException(
                $"Entity model version {format}/{features} with {tags} tags is not the version {FormatVersion}/{EntityFeatures.Version} this library reads.");
        }

        var biases = new float[Stride];
        for (var t = 0; t < tags; t++)
        {
            biases[t] = reader.ReadSingle();
        }

        var weights = new float[Stride << bits];
        var row = new byte[tags * sizeof(ushort)];
        for (var b = 0; b < 1 << bits; b++)
        {
            reader.BaseStream.ReadExactly(row);
            for (var t = 0; t < tags; t++)
            {
                weights[(b * Stride) + t] = (float)BitConverter.UInt16BitsToHalf((ushort)(row[2 * t] | (row[(2 * t) + 1] << 8)));
            }
        }

        var vocabulary = new ulong[(1 << EntityVocabulary.Bits) / 64];
        for (var k = 0; k < vocabulary.Length; k++)
        {
            vocabulary[k] = reader.ReadUInt64();
        }

        return new EntityModel(bits, weights, biases, new EntityVocabulary(vocabulary));
    }

    /// <summary>Writes the model; the same model always gives the same bytes.</summary>
    public void Write(Stream stream)
    {
        stream.Write(s_magic);
        using var deflate = new DeflateStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(deflate, Encoding.UTF8);
        writer.Write(FormatVersion);
        writer.Write(EntityFeatures.Version);
        writer.Write(Bits);
        writer.Write(BioTags.Count);
        for (var t = 0; t < BioTags.Count; t++)
        {
            writer.Write(Biases[t]);
        }

        for (var b = 0; b < 1 << Bits; b++)
        {
            for (var t = 0; t < BioTags.Count; t++)
            {
                writer.Write(BitConverter.HalfToUInt16Bits((Half)Weights[(b * Stride) + t]));
            }
        }

        foreach (var bits in Vocabulary.Set)
        {
            writer.Write(bits);
        }
    }

    private static (ushort[] RowOf, float[] Rows) Compact(int bits, float[] weights)
    {
        var rowOf = new ushort[1 << bits];
        var used = 1;
        for (var b = 0; b < rowOf.Length; b++)
        {
            if (weights.AsSpan(b * Stride, Stride).ContainsAnyExcept(0f))
            {
                if (used > ushort.MaxValue)
                {
                    throw new ArgumentException($"More than {ushort.MaxValue} buckets carry weights; train with a stronger L1.", nameof(weights));
                }

                rowOf[b] = (ushort)used++;
            }
        }

        var rows = new float[used * Stride];
        for (var b = 0; b < rowOf.Length; b++)
        {
            if (rowOf[b] != 0)
            {
                weights.AsSpan(b * Stride, Stride).CopyTo(rows.AsSpan(rowOf[b] * Stride));
            }
        }

        return (rowOf, rows);
    }
}
