using System.IO.Compression;
using System.Text;

namespace RuLatAm.Claims.Tagging;

/// <summary>Opens the library's own compact model files: a zlib stream holding a tag, a version and the payload.</summary>
internal static class ModelFile
{
    /// <summary>Opens an embedded model by file name and checks its tag and version.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing from the assembly.</exception>
    /// <exception cref="InvalidDataException">The resource is not a model of the expected kind and version.</exception>
    public static BinaryReader OpenEmbedded(string fileName, string tag, int version)
    {
        var name = "RuLatAm.Claims." + fileName;
        var stream = typeof(ModelFile).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded model '{name}' is missing; the package is incomplete.");
        return Open(stream, tag, version, name);
    }

    /// <summary>Reads a model from a stream (a file written by the training tool); the reader owns the stream.</summary>
    /// <exception cref="InvalidDataException">The stream is not a model of the expected kind and version.</exception>
    public static BinaryReader Open(Stream stream, string tag, int version, string name)
    {
        // Buffered, because the readers take varints a byte at a time and the inflater is slow to ask for one byte.
        var reader = new BinaryReader(new BufferedStream(new ZLibStream(stream, CompressionMode.Decompress), 1 << 16), Encoding.UTF8, leaveOpen: false);
        string actualTag;
        int actualVersion;
        try
        {
            actualTag = reader.ReadString();
            actualVersion = reader.ReadInt32();
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException)
        {
            reader.Dispose();
            throw new InvalidDataException($"'{name}' is not a {tag} model.", e);
        }

        if (actualTag != tag || actualVersion != version)
        {
            reader.Dispose();
            throw new InvalidDataException($"'{name}' is a '{actualTag}' model of version {actualVersion}; expected '{tag}' version {version}.");
        }

        return reader;
    }
}
