using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using RuLatAm.Claims.Parsing;

namespace RuLatAm.Claims.Training.Parsing;

/// <summary>
/// Trains a multiclass logistic regression (ML.NET's SDCA maximum entropy, one thread so the result is
/// reproducible) over hashed features and exports its weights into the library's <see cref="SparseLinearModel"/>.
/// </summary>
internal static class LinearTrainer
{
    public static SparseLinearModel Train(MLContext ml, ExampleSet examples, int classCount, LinearTrainerOptions options)
    {
        var schema = SchemaDefinition.Create(typeof(ParserInstance));
        schema[nameof(ParserInstance.Label)].ColumnType = new KeyDataViewType(typeof(uint), classCount);
        schema[nameof(ParserInstance.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, 1 << examples.Bits);
        var data = ml.Data.LoadFromEnumerable(examples.Rows(), schema);
        var trainer = ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = nameof(ParserInstance.Label),
            FeatureColumnName = nameof(ParserInstance.Features),
            NumberOfThreads = 1,
            L2Regularization = options.L2,
            L1Regularization = options.L1,
            MaximumNumberOfIterations = options.Iterations,
            Shuffle = true,
        });
        var model = trainer.Fit(data);
        return Export(model.Model, examples.Bits, classCount, options.Threshold);
    }

    // Keeps, per bucket, the classes whose weight survives the threshold; buckets no class keeps are not stored.
    private static SparseLinearModel Export(MaximumEntropyModelParameters parameters, int bits, int classCount, float threshold)
    {
        VBuffer<float>[] weights = [];
        parameters.GetWeights(ref weights, out var numClasses);
        if (numClasses != classCount)
        {
            throw new InvalidOperationException($"ML.NET trained {numClasses} classes, expected {classCount}.");
        }

        var length = 1 << bits;
        var dense = new float[classCount][];
        for (var k = 0; k < classCount; k++)
        {
            dense[k] = new float[length];
            var explicitValues = weights[k].GetValues();
            if (weights[k].IsDense)
            {
                explicitValues.CopyTo(dense[k]);
            }
            else
            {
                var indices = weights[k].GetIndices();
                for (var i = 0; i < indices.Length; i++)
                {
                    dense[k][indices[i]] = explicitValues[i];
                }
            }
        }

        var bias = parameters.GetBiases().ToArray();
        var rows = new List<(int, byte[], float[])>();
        var classes = new List<byte>();
        var values = new List<float>();
        for (var bucket = 0; bucket < length; bucket++)
        {
            classes.Clear();
            values.Clear();
            for (var k = 0; k < classCount; k++)
            {
                var w = dense[k][bucket];
                if (Math.Abs(w) >= threshold)
                {
                    classes.Add((byte)k);
                    values.Add(w);
                }
            }

            if (classes.Count > 0)
            {
                rows.Add((bucket, [.. classes], [.. values]));
            }
        }

        return SparseLinearModel.Create(bits, bias, rows);
    }
}
