namespace RuLatAm.Claims.Training.Tagging;

/// <summary>One sentence of a CoNLL-U treebank: its syntactic words with their gold lemma and tags.</summary>
/// <param name="Text">The sentence's `# text` line.</param>
/// <param name="StartsParagraph">Whether a `# newpar` or `# newdoc` line comes before it.</param>
/// <param name="Words">Word forms.</param>
/// <param name="Lemmas">Gold lemmas.</param>
/// <param name="Upos">Gold universal POS tags.</param>
/// <param name="Xpos">Gold Penn Treebank tags.</param>
internal sealed record TreebankSentence(string Text, bool StartsParagraph, string[] Words, string[] Lemmas, string[] Upos, string[] Xpos)
{
    public int Count => Words.Length;
}
