using System.IO.Compression;
using System.Text;

namespace RuLatAm.Claims.Training.Tagging;

/// <summary>Writes the library's model file framing: a zlib stream opening with the model's tag and version.</summary>
/// <remarks>The library reads it back with <c>ModelFile.Open</c>. Same payload, same bytes: zlib is deterministic.</remarks>
internal static class ModelWriter
{
    public static byte[] Write(string tag, int version, Action<BinaryWriter> payload)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var writer = new BinaryWriter(zlib, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(tag);
            writer.Write(version);
            payload(writer);
        }

        return buffer.ToArray();
    }
}
