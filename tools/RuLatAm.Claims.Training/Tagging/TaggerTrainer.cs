using RuLatAm.Claims.Tagging;

namespace RuLatAm.Claims.Training.Tagging;

/// <summary>Trains the two-pass tagger: the first pass on gold history, the second on held-out first-pass tags.</summary>
/// <remarks>
/// The second pass must learn how far to trust the first pass's tags, so it trains on tags the first pass gave
/// sentences it did not train on (k-fold, by sentence index), not on gold tags.
/// </remarks>
internal sealed class TaggerTrainer(TaggerTrainingOptions options, TextWriter log)
{
    public byte[] Train(IReadOnlyList<TreebankSentence> sentences)
    {
        var tags = sentences.SelectMany(s => s.Upos.Zip(s.Xpos)).Distinct()
            .OrderBy(t => t.First, StringComparer.Ordinal).ThenBy(t => t.Second, StringComparer.Ordinal).ToArray();
        var tagIndex = tags.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i);
        var gold = sentences.Select(s => s.Upos.Zip(s.Xpos).Select(t => tagIndex[t]).ToArray()).ToArray();
        var hashes = sentences.Select(s => s.Words.Select(WordHashes.Of).ToArray()).ToArray();
        var all = Enumerable.Range(0, sentences.Count).ToArray();
        log.WriteLine($"tagger: {sentences.Count} sentences, {gold.Sum(g => g.Length)} words, {tags.Length} (UPOS, XPOS) classes");

        var vocabulary = new FeatureVocabulary();
        vocabulary.AddFrequent(all.SelectMany(s => FirstPassKeys(hashes[s], gold[s])).SelectMany(k => k), options.MinCount);
        var firstColumns = vocabulary.Count;
        log.WriteLine($"  first pass: {firstColumns} feature columns");
        var trainer = new LinearTrainer(options.Seed, options.L1, options.L2, options.Iterations, options.Sdca);
        var heldOut = new int[sentences.Count][];
        for (var fold = 0; fold < options.Folds; fold++)
        {
            var part = all.Where(s => s % options.Folds != fold).ToArray();
            log.WriteLine($"  fold {fold + 1} of {options.Folds}");
            var head = trainer.Train(FirstPassExamples(part, hashes, gold, vocabulary), firstColumns, tags.Length, log);
            var model = Load(Write(tags, vocabulary.Keys[..firstColumns], [head]));
            foreach (var s in all.Where(s => s % options.Folds == fold))
            {
                heldOut[s] = new int[sentences[s].Count];
                model.Predict(sentences[s].Words, heldOut[s], new int[sentences[s].Count]);
            }
        }

        log.WriteLine("  first pass on all sentences");
        var first = trainer.Train(FirstPassExamples(all, hashes, gold, vocabulary), firstColumns, tags.Length, log);
        if (options.Folds == 0)
        {
            return Write(tags, vocabulary.Keys, [first]);
        }

        var agreement = all.Sum(s => heldOut[s].Zip(gold[s]).Count(p => p.First == p.Second)) / (double)gold.Sum(g => g.Length);
        log.WriteLine($"  held-out first-pass accuracy on train: {agreement:P2}");
        vocabulary.AddFrequent(all.SelectMany(s => SecondPassKeys(hashes[s], heldOut[s])).SelectMany(k => k), options.MinCount);
        log.WriteLine($"  second pass: {vocabulary.Count} feature columns");
        var second = trainer.Train(SecondPassExamples(all, hashes, heldOut, gold, vocabulary), vocabulary.Count, tags.Length, log);
        return Write(tags, vocabulary.Keys, [Widen(first, vocabulary.Count), second]);
    }

    public static TaggerModel Load(byte[] model)
    {
        using var reader = ModelFile.Open(new MemoryStream(model), TaggerModel.Tag, TaggerModel.Version, "trained tagger");
        return TaggerModel.Read(reader);
    }

    private byte[] Write((string Upos, string Xpos)[] tags, ulong[] keys, LinearHead[] heads) =>
        ModelWriter.Write(TaggerModel.Tag, TaggerModel.Version, writer =>
        {
            writer.Write(tags.Length);
            foreach (var (upos, xpos) in tags)
            {
                writer.Write(upos);
                writer.Write(xpos);
            }

            var features = FeatureWeightsWriter.Write(writer, tags.Length, keys, heads, options.Threshold);
            log.WriteLine($"  exported {features} features, {heads.Sum(h => h.Entries)} weights before the threshold");
        });

    private static IEnumerable<ulong[]> FirstPassKeys(WordHashes[] words, int[] tags)
    {
        var keys = new ulong[2 * TaggerFeatures.MaxKeys];
        for (var i = 0; i < words.Length; i++)
        {
            var k = TaggerFeatures.Words(words, i, keys);
            k += TaggerFeatures.History(words, i, i > 1 ? tags[i - 2] : -1, i > 0 ? tags[i - 1] : -1, keys.AsSpan(k));
            yield return keys[..k];
        }
    }

    private static IEnumerable<ulong[]> SecondPassKeys(WordHashes[] words, int[] firstPass)
    {
        var keys = new ulong[2 * TaggerFeatures.MaxKeys];
        for (var i = 0; i < words.Length; i++)
        {
            var k = TaggerFeatures.Words(words, i, keys);
            k += TaggerFeatures.Context(words, firstPass, i, keys.AsSpan(k));
            yield return keys[..k];
        }
    }

    private static List<SparseExample> FirstPassExamples(int[] part, WordHashes[][] hashes, int[][] gold, FeatureVocabulary vocabulary)
    {
        var examples = new List<SparseExample>();
        foreach (var s in part)
        {
            var i = 0;
            foreach (var keys in FirstPassKeys(hashes[s], gold[s]))
            {
                examples.Add(new SparseExample(gold[s][i++], vocabulary.Columns(keys)));
            }
        }

        return examples;
    }

    private static List<SparseExample> SecondPassExamples(int[] part, WordHashes[][] hashes, int[][] firstPass, int[][] gold, FeatureVocabulary vocabulary)
    {
        var examples = new List<SparseExample>();
        foreach (var s in part)
        {
            var i = 0;
            foreach (var keys in SecondPassKeys(hashes[s], firstPass[s]))
            {
                examples.Add(new SparseExample(gold[s][i++], vocabulary.Columns(keys)));
            }
        }

        return examples;
    }

    private static LinearHead Widen(LinearHead head, int columns)
    {
        var classes = head.Classes.Concat(Enumerable.Repeat(Array.Empty<ushort>(), columns - head.Classes.Length)).ToArray();
        var weights = head.Weights.Concat(Enumerable.Repeat(Array.Empty<float>(), columns - head.Weights.Length)).ToArray();
        return new LinearHead(head.Bias, classes, weights);
    }
}
