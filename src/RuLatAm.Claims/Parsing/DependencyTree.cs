namespace RuLatAm.Claims.Parsing;

/// <summary>A Universal Dependencies tree over the words of one sentence.</summary>
/// <param name="Heads">For each word, the index of its head word, or -1 for the root.</param>
/// <param name="Relations">For each word, its relation to the head (nsubj, obj, obl:tmod …; root for the root).</param>
public sealed record DependencyTree(int[] Heads, string[] Relations);
