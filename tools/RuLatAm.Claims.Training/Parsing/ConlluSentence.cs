namespace RuLatAm.Claims.Training.Parsing;

/// <summary>One CoNLL-U sentence: its syntactic words (multiword tokens and empty nodes left out) and gold tree.</summary>
/// <param name="Text">The sentence's <c># text</c> line.</param>
/// <param name="StartsParagraph">True when a <c># newpar</c> or <c># newdoc</c> line precedes it.</param>
/// <param name="Words">Word forms.</param>
/// <param name="Lemmas">Gold lemmas.</param>
/// <param name="Upos">Gold universal tags.</param>
/// <param name="Xpos">Gold Penn Treebank tags.</param>
/// <param name="Heads">0-based head per word; -1 for the root.</param>
/// <param name="Relations">Gold relation per word, with subtypes.</param>
internal sealed record ConlluSentence(
    string Text,
    bool StartsParagraph,
    string[] Words,
    string[] Lemmas,
    string[] Upos,
    string[] Xpos,
    int[] Heads,
    string[] Relations)
{
    public int Count => Words.Length;
}
