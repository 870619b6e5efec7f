namespace RuLatAm.Claims.Training.Tagging;

/// <summary>Settings of a tagger training run; all of them go into the score file.</summary>
/// <param name="Seed">ML.NET's seed.</param>
/// <param name="Folds">Folds for the first pass's held-out tags that train the second pass; 0 trains the first pass only.</param>
/// <param name="MinCount">Features seen fewer times in training are left out.</param>
/// <param name="L1">L1 penalty (sparsity).</param>
/// <param name="L2">L2 penalty.</param>
/// <param name="Iterations">L-BFGS iteration limit.</param>
/// <param name="Threshold">Exported weights smaller than this in magnitude are dropped.</param>
/// <param name="Sdca">Train with SDCA instead of L-BFGS; <paramref name="Iterations"/> then counts passes over the data.</param>
internal sealed record TaggerTrainingOptions(int Seed, int Folds, int MinCount, float L1, float L2, int Iterations, float Threshold, bool Sdca);
