namespace RuLatAm.Claims.Tagging;

/// <summary>Part-of-speech tags for the words of one sentence.</summary>
/// <param name="Upos">Universal POS tags (NOUN, VERB, PROPN …), one per word.</param>
/// <param name="Xpos">Penn Treebank tags (NN, VBD, NNP …), one per word.</param>
public sealed record PosTags(string[] Upos, string[] Xpos);
