namespace RuLatAm.Claims.Training.Ner;

/// <summary>One sentence's words and gold BIO tags (indices into the library's tag set).</summary>
internal sealed record NerSentence(string[] Words, int[] Tags);
