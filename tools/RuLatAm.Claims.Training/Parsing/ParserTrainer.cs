using Microsoft.ML;
using RuLatAm.Claims.Parsing;

namespace RuLatAm.Claims.Training.Parsing;

/// <summary>
/// Trains the parser by imitation learning. Round 0 follows the static oracle on gold trees; every later round
/// parses the training data with the previous round's models, asks the dynamic oracle which transitions were still
/// optimal in each state the parser really reached, adds those decisions to the data, and retrains on all of it
/// (DAgger, Ross et al. 2011, with the arc-hybrid dynamic oracle of Goldberg and Nivre 2013).
/// </summary>
internal sealed class ParserTrainer(ParserTrainingOptions options, TextWriter log)
{
    /// <param name="train">Gold training sentences.</param>
    /// <param name="dev">Dev sentences, scored with gold tags after each round.</param>
    /// <param name="taggedTrain">The training sentences with jackknifed tags, or null to corrupt the gold tags with noise instead.</param>
    public ParserModel Train(IReadOnlyList<ConlluSentence> train, IReadOnlyList<ConlluSentence> dev, IReadOnlyList<ConlluSentence>? taggedTrain)
    {
        var ml = new MLContext(seed: options.Seed);
        var relations = new RelationSet(train);
        var noise = new TagNoise(train, options.AmbiguousNoise, options.RareNoise);
        var transitions = new ExampleSet(options.TransitionBits);
        var labels = new ExampleSet(options.LabelBits);
        ParserModel? model = null;
        for (var round = 0; round <= options.Rounds; round++)
        {
            // Fresh noise each round, from a seed of its own, so that the data of a round does not depend on the last.
            var random = new Random(options.Seed * 1000 + round);
            var parser = model is null ? null : new DependencyParser(model);
            for (var s = 0; s < train.Count; s++)
            {
                var gold = train[s];
                var (upos, xpos) = taggedTrain is null ? noise.Apply(gold, random) : (taggedTrain[s].Upos, taggedTrain[s].Xpos);
                Collect(TrainingSentence.Create(gold, upos, xpos, relations), parser, relations, transitions, labels);
            }

            log.WriteLine($"round {round}: {transitions.Count} transition and {labels.Count} relation decisions");
            var transitionModel = LinearTrainer.Train(ml, transitions, 3, options.Transitions);
            var labelModel = LinearTrainer.Train(ml, labels, relations.Names.Length, options.Labels);
            model = new ParserModel(relations.Names, relations.Left, relations.Right, transitionModel, labelModel);
            var (uas, las) = DevScore.GoldTags(new DependencyParser(model), dev);
            log.WriteLine($"round {round}: {transitionModel.NonZeroCount} + {labelModel.NonZeroCount} weights; dev (gold tags) UAS {uas:F2} LAS {las:F2}");
        }

        return model!;
    }

    // Walks one sentence: with no parser, along the static oracle; with one, wherever the parser's own choices lead.
    private static void Collect(TrainingSentence sentence, DependencyParser? parser, RelationSet relations, ExampleSet transitions, ExampleSet labels)
    {
        var state = new ParseState(sentence.Count);
        Span<ulong> features = stackalloc ulong[FeatureWriter.Capacity];
        Span<ulong> labelFeatures = stackalloc ulong[FeatureWriter.Capacity];
        Span<float> scores = stackalloc float[64];
        Span<int> costs = stackalloc int[3];
        while (!state.IsTerminal)
        {
            for (var t = 0; t < 3; t++)
            {
                costs[t] = ArcHybridOracle.Cost(state, (Transition)t, sentence.Heads);
            }

            var written = ParserFeatures.ForTransition(sentence.Words, state, features);
            Transition target, next;
            if (parser is null)
            {
                target = next = StaticChoice(state, costs, sentence.Heads);
            }
            else
            {
                next = parser.PredictTransition(sentence.Words, state, features, scores);
                target = BestOptimal(costs, scores);
            }

            transitions.Add(features[..written], (int)target);
            var label = -1;
            if (next != Transition.Shift)
            {
                var (head, dependent) = state.ArcOf(next);
                if (head == state.Count)
                {
                    label = relations.IndexOf("root");
                }
                else
                {
                    if (sentence.Heads[dependent] == head)
                    {
                        var count = ParserFeatures.ForLabel(sentence.Words, state, head, dependent, labelFeatures);
                        labels.Add(labelFeatures[..count], sentence.Relations[dependent]);
                    }

                    label = parser is null
                        ? sentence.Relations[dependent]
                        : parser.PredictLabel(sentence.Words, state, next, labelFeatures, scores);
                }
            }

            state.Apply(next, label);
        }
    }

    // The static oracle: attach when the gold arc is there and costs nothing, else shift, else the cheapest move.
    private static Transition StaticChoice(ParseState state, ReadOnlySpan<int> costs, int[] gold)
    {
        var s0 = state.Stack(0);
        if (costs[(int)Transition.Left] == 0 && gold[s0] == state.BufferFront)
        {
            return Transition.Left;
        }

        if (costs[(int)Transition.Right] == 0 && gold[s0] == state.Stack(1))
        {
            return Transition.Right;
        }

        return Cheapest(costs, default);
    }

    // Among the transitions of least cost, the one the model likes best: the dynamic oracle's training target.
    private static Transition BestOptimal(ReadOnlySpan<int> costs, ReadOnlySpan<float> scores) => Cheapest(costs, scores);

    private static Transition Cheapest(ReadOnlySpan<int> costs, ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var t = 1; t < 3; t++)
        {
            if (costs[t] < costs[best] || costs[t] == costs[best] && !scores.IsEmpty && scores[t] > scores[best])
            {
                best = t;
            }
        }

        return (Transition)best;
    }
}
