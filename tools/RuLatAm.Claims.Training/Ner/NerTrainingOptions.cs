namespace RuLatAm.Claims.Training.Ner;

/// <summary>How to train the entity recognizer; every value is recorded in ner.score.json.</summary>
/// <param name="Seed">Seeds ML.NET and the catalogue simulation.</param>
/// <param name="Bits">Log2 of the number of feature buckets.</param>
/// <param name="L1">L1 regularisation weight (sparser, smaller model).</param>
/// <param name="L2">L2 regularisation weight.</param>
/// <param name="Iterations">Most L-BFGS iterations.</param>
/// <param name="CatalogueRate">
/// Share of gold training entities shown to the catalogue feature as if the catalogue knew them, so that the
/// feature learns what a catalogue hit is worth whatever names the catalogue holds; 0 trains without it.
/// </param>
internal sealed record NerTrainingOptions(int Seed, int Bits, float L1, float L2, int Iterations, double CatalogueRate);
