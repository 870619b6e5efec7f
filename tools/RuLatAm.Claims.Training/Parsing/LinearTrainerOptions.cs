namespace RuLatAm.Claims.Training.Parsing;

/// <summary>Settings of one linear model's training.</summary>
/// <param name="L2">L2 regularisation of SDCA.</param>
/// <param name="L1">L1 regularisation of SDCA; larger values give sparser, smaller models.</param>
/// <param name="Iterations">Passes over the data.</param>
/// <param name="Threshold">Weights smaller than this in magnitude are dropped on export.</param>
internal sealed record LinearTrainerOptions(float L2, float L1, int Iterations, float Threshold);
