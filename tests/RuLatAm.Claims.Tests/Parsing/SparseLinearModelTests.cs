using RuLatAm.Claims.Parsing;

namespace RuLatAm.Claims.Tests.Parsing;

public sealed class SparseLinearModelTests
{
    private const int Bits = 10;

    [Theory]
    [InlineData(3)]
    [InlineData(9)]
    public void Score_AddsTheBiasAndTheWeightsOfTheFeaturesItKnows(int classCount)
    {
        var (model, known, unknown) = SmallModel(classCount);

        var scores = new float[classCount];
        model.Score([known[0], unknown, known[1]], scores);

        var expected = new float[classCount];
        for (var c = 0; c < classCount; c++)
        {
            expected[c] = 0.5f * c + (c == 1 ? 0.25f : 0) + (c == classCount - 1 ? -1.5f : 0) + (c == 2 ? 2f : 0);
        }

        scores.Should().Equal(expected);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(9)]
    public void WriteThenRead_KeepsEveryWeight(int classCount)
    {
        var (model, known, unknown) = SmallModel(classCount);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            model.Write(writer);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var read = SparseLinearModel.Read(reader);

        var before = new float[classCount];
        var after = new float[classCount];
        model.Score([.. known, unknown], before);
        read.Score([.. known, unknown], after);
        after.Should().Equal(before);
        read.NonZeroCount.Should().Be(model.NonZeroCount);
    }

    [Fact]
    public void Prune_DropsOnlyTheSmallWeights()
    {
        var (model, known, _) = SmallModel(3);

        var pruned = model.Prune(0.5f);

        pruned.NonZeroCount.Should().Be(model.NonZeroCount - 1);
        var scores = new float[3];
        pruned.Score([known[0]], scores);
        scores.Should().Equal(0f, 0.5f, -0.5f);
    }

    [Fact]
    public void Read_RejectsABitmapThatDoesNotMatchItsRows()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(6);
            writer.Write(3);
            writer.Write(2);
            writer.Write(0);
            writer.Write(0f);
            writer.Write(0f);
            writer.Write(0f);
            writer.Write(1UL);
            writer.Write(new byte[2]);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var read = () => SparseLinearModel.Read(reader);

        read.Should().Throw<InvalidDataException>();
    }

    // Two features with rows; a third whose bucket holds nothing.
    private static (SparseLinearModel Model, ulong[] Known, ulong Unknown) SmallModel(int classCount)
    {
        var features = new List<ulong>();
        for (var f = 1UL; features.Count < 3; f++)
        {
            var candidate = f * 0x9E37_79B9UL;
            if (features.TrueForAll(g => FeatureHash.Bucket(g, Bits) != FeatureHash.Bucket(candidate, Bits)))
            {
                features.Add(candidate);
            }
        }

        var bias = Enumerable.Range(0, classCount).Select(c => 0.5f * c).ToArray();
        var rows = new List<(int, byte[], float[])>
        {
            (FeatureHash.Bucket(features[0], Bits), [1, (byte)(classCount - 1)], [0.25f, -1.5f]),
            (FeatureHash.Bucket(features[1], Bits), [2], [2f]),
        };
        rows.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return (SparseLinearModel.Create(Bits, bias, rows), [features[0], features[1]], features[2]);
    }
}
