using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using RuLatAm.Claims.Entities;

namespace RuLatAm.Claims.Training.Ner;

/// <summary>
/// Trains the entity recognizer with ML.NET: a maximum-entropy (multinomial logistic) model over the library's own
/// hashed features, the previous word's gold tag standing in for the decoder's prediction, then exports the
/// learned weights into the library's <see cref="EntityModel"/>.
/// </summary>
/// <remarks>Reproducible: one thread, a fixed seed, sentences in file order.</remarks>
internal static class NerTrainer
{
    public static EntityModel Train(IReadOnlyList<NerSentence> sentences, EntityGazetteer catalogue, NerTrainingOptions options, TextWriter log)
    {
        var vocabulary = EntityVocabulary.Build(sentences.Select(s => (IReadOnlyList<string>)s.Words));
        var rows = BuildRows(sentences, catalogue, vocabulary, options);
        log.WriteLine($"{rows.Count} training words, {1 << options.Bits} buckets");

        var ml = new MLContext(seed: options.Seed);
        var schema = SchemaDefinition.Create(typeof(NerRow));
        schema[nameof(NerRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, 1 << options.Bits);
        var data = ml.Data.LoadFromEnumerable(rows, schema);

        var trainer = ml.Transforms.Conversion.MapValueToKey(nameof(NerRow.Label), keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue).Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = nameof(NerRow.Label),
            FeatureColumnName = nameof(NerRow.Features),
            L1Regularization = options.L1,
            L2Regularization = options.L2,
            MaximumNumberOfIterations = options.Iterations,
            OptimizationTolerance = 1e-8f,
            HistorySize = 20,
            NumberOfThreads = 1,
        }));
        return Export(trainer.Fit(data).LastTransformer.Model, options.Bits, vocabulary);
    }

    private static EntityModel Export(MaximumEntropyModelParameters model, int bits, EntityVocabulary vocabulary)
    {
        VBuffer<float>[] perTag = [];
        model.GetWeights(ref perTag, out var tagCount);
        if (tagCount != BioTags.Count)
        {
            throw new InvalidOperationException($"The trainer saw {tagCount} tags, not {BioTags.Count}.");
        }

        var weights = new float[EntityModel.Stride << bits];
        for (var t = 0; t < tagCount; t++)
        {
            foreach (var (bucket, value) in perTag[t].Items())
            {
                weights[(bucket * EntityModel.Stride) + t] = value;
            }
        }

        var biases = new float[EntityModel.Stride];
        var t2 = 0;
        foreach (var bias in model.GetBiases())
        {
            biases[t2++] = bias;
        }

        return new EntityModel(bits, weights, biases, vocabulary);
    }

    private static List<NerRow> BuildRows(IReadOnlyList<NerSentence> sentences, EntityGazetteer catalogue, EntityVocabulary vocabulary, NerTrainingOptions options)
    {
        var random = new Random(options.Seed);
        var rows = new List<NerRow>();
        var buckets = new int[EntityFeatures.MaxObservations + EntityFeatures.TransitionCount];
        foreach (var sentence in sentences)
        {
            var marks = new byte[sentence.Words.Length];
            catalogue.Mark(sentence.Words, marks);
            SimulateCatalogue(sentence, marks, random, options.CatalogueRate);
            var features = new EntityFeatures(sentence.Words, marks, options.Bits, vocabulary);
            for (var i = 0; i < sentence.Words.Length; i++)
            {
                var count = features.Observation(i, buckets);
                features.Transition(i, i == 0 ? BioTags.Start : sentence.Tags[i - 1], buckets.AsSpan(count));
                count += EntityFeatures.TransitionCount;
                rows.Add(new NerRow { Label = sentence.Tags[i], Features = Sparse(buckets.AsSpan(0, count), options.Bits) });
            }
        }

        return rows;
    }

    /// <summary>Marks some gold entities as catalogue hits, where the real catalogue marked none of their words.</summary>
    private static void SimulateCatalogue(NerSentence sentence, byte[] marks, Random random, double rate)
    {
        foreach (var span in BioTags.ToSpans(sentence.Tags))
        {
            // Drawn for every entity, used or not, so the sequence of draws does not depend on the catalogue.
            var draw = random.NextDouble();
            if (draw >= rate || marks.AsSpan(span.FirstWord, span.EndWord - span.FirstWord).ContainsAnyExcept((byte)0))
            {
                continue;
            }

            for (var i = span.FirstWord; i < span.EndWord; i++)
            {
                marks[i] = (byte)sentence.Tags[i];
            }
        }
    }

    private static VBuffer<float> Sparse(Span<int> buckets, int bits)
    {
        buckets.Sort();
        var indices = new List<int>(buckets.Length);
        var values = new List<float>(buckets.Length);
        foreach (var bucket in buckets)
        {
            if (indices.Count > 0 && indices[^1] == bucket)
            {
                values[^1] += 1;
            }
            else
            {
                indices.Add(bucket);
                values.Add(1);
            }
        }

        return new VBuffer<float>(1 << bits, indices.Count, [.. values], [.. indices]);
    }

    private sealed class NerRow
    {
        public int Label { get; set; }

        public VBuffer<float> Features { get; set; }
    }
}
