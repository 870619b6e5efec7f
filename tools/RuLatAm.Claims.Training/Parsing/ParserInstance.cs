using Microsoft.ML.Data;

namespace RuLatAm.Claims.Training.Parsing;

/// <summary>One training row for ML.NET: a class key (1-based, 0 is missing) and a sparse binary feature vector.</summary>
internal sealed class ParserInstance
{
    public uint Label { get; set; }

    public VBuffer<float> Features { get; set; }
}
