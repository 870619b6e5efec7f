using System.Buffers;
using RuLatAm.Claims.Entities;
using RuLatAm.Claims.Tagging;

namespace RuLatAm.Claims.Analysis;

/// <summary>
/// A capitalised single word the actor catalogue knows as a place ("Chile", "Lima") is a proper noun, whatever the
/// web text the tagger learned from made of it ("chile" the pepper): the parser then reads it as the name it is.
/// </summary>
internal static class PlaceNameTags
{
    private static readonly int s_beginPlace = BioTags.Parse("B-LOC");

    public static void Repair(IReadOnlyList<string> words, PosTags tags)
    {
        var marks = ArrayPool<byte>.Shared.Rent(words.Count);
        try
        {
            var span = marks.AsSpan(0, words.Count);
            EntityGazetteer.Default.Mark(words, span);
            for (var i = 0; i < span.Length; i++)
            {
                var single = i + 1 == span.Length || !BioTags.IsInside(span[i + 1]);
                if (span[i] == s_beginPlace && single && tags.Upos[i] is "NOUN" or "ADJ" or "VERB" or "ADV" or "INTJ" or "X")
                {
                    tags.Upos[i] = "PROPN";
                    tags.Xpos[i] = "NNP";
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(marks);
        }
    }
}
