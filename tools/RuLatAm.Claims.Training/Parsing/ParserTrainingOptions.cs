namespace RuLatAm.Claims.Training.Parsing;

/// <summary>Settings of a parser training run; all of them are recorded in parser.score.json.</summary>
/// <param name="Seed">Seed of ML.NET and of the tag noise.</param>
/// <param name="Rounds">Rounds of imitation learning after the static-oracle round (0: static oracle only).</param>
/// <param name="TransitionBits">log2 of the transition model's feature buckets.</param>
/// <param name="LabelBits">log2 of the relation model's feature buckets.</param>
/// <param name="Transitions">Training settings of the transition model.</param>
/// <param name="Labels">Training settings of the relation model.</param>
/// <param name="AmbiguousNoise">Rate at which a word seen with several tags gets another of them.</param>
/// <param name="RareNoise">Rate at which a rare word gets a tag it is often confused with.</param>
internal sealed record ParserTrainingOptions(
    int Seed,
    int Rounds,
    int TransitionBits,
    int LabelBits,
    LinearTrainerOptions Transitions,
    LinearTrainerOptions Labels,
    double AmbiguousNoise,
    double RareNoise);
