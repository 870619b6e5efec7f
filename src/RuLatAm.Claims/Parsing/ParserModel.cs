using System.IO.Compression;
using System.Text;

namespace RuLatAm.Claims.Parsing;

/// <summary>
/// The trained parser: a transition model (shift, left, right) and a relation model, with the relation names and,
/// per direction, the relations seen in training. Stored deflate-compressed in a format of this library's own.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class ParserModel
{
    private const int Magic = 0x50434C52; // "RLCP"
    private const int Version = 1;

    public ParserModel(string[] relations, ulong leftRelations, ulong rightRelations, SparseLinearModel transitions, SparseLinearModel labels)
    {
        if (relations.Length is 0 or > 64 || labels.ClassCount != relations.Length || transitions.ClassCount != 3)
        {
            throw new InvalidDataException("The parser model's relation list does not fit its weights.");
        }

        Relations = relations;
        LeftRelations = leftRelations;
        RightRelations = rightRelations;
        Transitions = transitions;
        Labels = labels;
        RootRelation = Array.IndexOf(relations, "root");
        if (RootRelation < 0)
        {
            throw new InvalidDataException("The parser model has no 'root' relation.");
        }
    }

    public string[] Relations { get; }

    /// <summary>A bit per relation ever seen on a dependent left of its head.</summary>
    public ulong LeftRelations { get; }

    /// <summary>A bit per relation ever seen on a dependent right of its head.</summary>
    public ulong RightRelations { get; }

    public int RootRelation { get; }

    public SparseLinearModel Transitions { get; }

    public SparseLinearModel Labels { get; }

    /// <summary>A copy of the model with small weights dropped (see <see cref="SparseLinearModel.Prune"/>).</summary>
    public ParserModel Prune(float threshold) =>
        new(Relations, LeftRelations, RightRelations, Transitions.Prune(threshold), Labels.Prune(threshold));

    public static ParserModel Read(Stream stream)
    {
        using var inflated = new DeflateStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(inflated, 1 << 16);
        using var reader = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException("The parser model is not in the expected format (wrong magic number or version).");
        }

        var relations = new string[reader.ReadInt32()];
        if (relations.Length is 0 or > 64)
        {
            throw new InvalidDataException("The parser model's relation count is corrupt.");
        }

        for (var i = 0; i < relations.Length; i++)
        {
            relations[i] = reader.ReadString();
        }

        var left = reader.ReadUInt64();
        var right = reader.ReadUInt64();
        var transitions = SparseLinearModel.Read(reader);
        var labels = SparseLinearModel.Read(reader);
        return new ParserModel(relations, left, right, transitions, labels);
    }

    public void Write(Stream stream)
    {
        using var deflated = new DeflateStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(deflated, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(Relations.Length);
        foreach (var relation in Relations)
        {
            writer.Write(relation);
        }

        writer.Write(LeftRelations);
        writer.Write(RightRelations);
        Transitions.Write(writer);
        Labels.Write(writer);
    }
}
