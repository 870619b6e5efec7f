using RuLatAm.Claims.Tagging;

namespace RuLatAm.Claims.Analysis;

/// <summary>
/// A word right after a modal ("will invest $1 billion") that the training treebank holds as a bare verb, and never
/// with the tag it got, is that verb: the tagger, misled by what follows, may read it as an adverb or a noun.
/// </summary>
internal static class ModalVerbTags
{
    public static void Repair(IReadOnlyList<string> words, PosTags tags, Lemmatizer lemmatizer)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (tags.Xpos[i - 1] == "MD" && tags.Upos[i] is "ADV" or "NOUN" or "ADJ" && char.IsLower(words[i][0])
                && lemmatizer.KnownTags(words[i]) is var known && known.Contains("VB") && !known.Contains(tags.Xpos[i]))
            {
                tags.Upos[i] = "VERB";
                tags.Xpos[i] = "VB";
            }
        }
    }
}
