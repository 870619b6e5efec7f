using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace RuLatAm.Claims.Training.Tagging;

/// <summary>Trains an L1/L2-regularised maximum-entropy classifier with ML.NET and returns its weights.</summary>
/// <remarks>
/// One thread, a fixed seed and examples in corpus order make the result the same on every run. The L1 term
/// leaves most weights at exactly zero, which is what keeps the exported model small. SDCA reaches a good model in
/// a few passes over the data; L-BFGS (OWL-QN) needs many more and suits the small lemmatizer problem.
/// </remarks>
internal sealed class LinearTrainer(int seed, float l1, float l2, int iterations, bool sdca = false)
{
    public LinearHead Train(IReadOnlyList<SparseExample> examples, int columns, int classCount, TextWriter log)
    {
        var ml = new MLContext(seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Label)].ColumnType = new KeyDataViewType(typeof(uint), classCount);
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, columns);
        // Rows are built once: trainers read the data many times.
        var data = ml.Data.LoadFromEnumerable(examples.Select(e => Row.From(e, columns)).ToList(), schema);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var model = sdca ? (LinearMulticlassModelParametersBase)ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
            // Zero or less leaves the choice to ML.NET, which sets both from the data.
            L1Regularization = l1 > 0 ? l1 : null,
            L2Regularization = l2 > 0 ? l2 : null,
            MaximumNumberOfIterations = iterations,
            NumberOfThreads = 1,
            Shuffle = true,
        }).Fit(data).Model : ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
            L1Regularization = l1,
            L2Regularization = l2,
            HistorySize = 10,
            OptimizationTolerance = 1e-5f,
            MaximumNumberOfIterations = iterations,
            NumberOfThreads = 1,
        }).Fit(data).Model;
        VBuffer<float>[] weights = [];
        model.GetWeights(ref weights, out var trainedClasses);
        if (trainedClasses != classCount)
        {
            throw new InvalidOperationException($"ML.NET trained {trainedClasses} classes; expected {classCount}.");
        }

        var bias = model.GetBiases().ToArray();
        var rowClasses = new List<ushort>[columns];
        var rowWeights = new List<float>[columns];
        for (var c = 0; c < classCount; c++)
        {
            foreach (var (column, weight) in weights[c].Items())
            {
                if (weight != 0)
                {
                    (rowClasses[column] ??= []).Add((ushort)c);
                    (rowWeights[column] ??= []).Add(weight);
                }
            }
        }

        var head = new LinearHead(
            bias,
            [.. rowClasses.Select(r => r?.ToArray() ?? [])],
            [.. rowWeights.Select(r => r?.ToArray() ?? [])]);
        log.WriteLine($"  trained {examples.Count} examples x {columns} columns x {classCount} classes in {started.Elapsed.TotalSeconds:F0} s; {head.Entries} non-zero weights");
        return head;
    }

    // LoadFromEnumerable takes a key column's raw values as 0-based class indices.
    private sealed class Row
    {
        public uint Label { get; set; }

        public VBuffer<float> Features { get; set; }

        public static Row From(SparseExample example, int columns)
        {
            var values = new float[example.Columns.Length];
            Array.Fill(values, 1f);
            return new Row { Label = (uint)example.Label, Features = new VBuffer<float>(columns, values.Length, values, example.Columns) };
        }
    }
}
