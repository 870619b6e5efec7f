using Microsoft.ML.Data;

namespace RuLatAm.Claims.Training.Parsing;

/// <summary>
/// One training row for ML.NET: a class and a sparse binary feature vector. The class is 0-based: LoadFromEnumerable
/// turns a uint into the key one above it (found by checking exported weights against ML.NET's own predictions).
/// </summary>
internal sealed class ParserInstance
{
    public uint Label { get; set; }

    public VBuffer<float> Features { get; set; }
}
