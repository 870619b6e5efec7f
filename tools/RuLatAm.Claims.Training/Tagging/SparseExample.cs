namespace RuLatAm.Claims.Training.Tagging;

/// <summary>One training example: a class and the columns of its active binary features, ascending.</summary>
/// <param name="Label">The gold class, from 0.</param>
/// <param name="Columns">Active feature columns, sorted and distinct.</param>
internal readonly record struct SparseExample(int Label, int[] Columns);
