using System.Collections.Frozen;
using RuLatAm.Claims.Tagging;

namespace RuLatAm.Claims.Tests.Tagging;

public sealed class LemmaModelTests
{
    private static readonly LemmaEdit StripIng = new(LemmaCasing.Lower, 3, "");
    private static readonly LemmaEdit IngToE = new(LemmaCasing.Lower, 3, "e");
    private static readonly LemmaEdit Same = new(LemmaCasing.Keep, 0, "");

    [Fact]
    public void Classify_CloseSecondGivingAKnownLemma_BeatsAFirstGivingAnUnknownOne() =>
        Model([StripIng, IngToE], [1f, 0f], lemmas: ["blorbate"], margin: 2f)
            .Lemmatize("blorbating", "VERB", "VBG").Should().Be("blorbate");

    [Fact]
    public void Classify_SecondBeyondTheMargin_LeavesTheFirst() =>
        Model([StripIng, IngToE], [3f, 0f], lemmas: ["blorbate"], margin: 2f)
            .Lemmatize("blorbating", "VERB", "VBG").Should().Be("blorbat");

    [Fact]
    public void Classify_FirstGivingAKnownLemma_Stays() =>
        Model([StripIng, IngToE], [1f, 0f], lemmas: ["blorbat", "blorbate"], margin: 2f)
            .Lemmatize("blorbating", "VERB", "VBG").Should().Be("blorbat");

    [Fact]
    public void Lemmatize_KnownNounTaggedAsAVerb_KeepsTheNounWhenTheCutIsNoLemma() =>
        Model([StripIng], [0f], lemmas: ["flimming"], margin: 2f, known: ("flimming", "NN", Same))
            .Lemmatize("flimming", "VERB", "VBG").Should().Be("flimming");

    [Fact]
    public void Lemmatize_KnownNounTaggedAsAVerb_FollowsTheTagWhenTheCutIsALemma() =>
        Model([StripIng], [0f], lemmas: ["flimm", "flimming"], margin: 2f, known: ("flimming", "NN", Same))
            .Lemmatize("flimming", "VERB", "VBG").Should().Be("flimm");

    [Fact]
    public void Lemmatize_KnownPluralTaggedAsAName_TakesTheSingularInTheNamesCase() =>
        Model([Same], [0f], lemmas: ["zorb"], margin: 2f, known: ("zorbs", "NNS", new LemmaEdit(LemmaCasing.Lower, 1, "")))
            .Lemmatize("Zorbs", "PROPN", "NNP").Should().Be("Zorb");

    [Fact]
    public void Lemmatize_KnownParticipleTaggedAsAnAdjective_TakesTheVerb() =>
        Model([Same], [0f], lemmas: ["quobble"], margin: 2f, known: ("quobbled", "VBN", new LemmaEdit(LemmaCasing.Lower, 1, "")))
            .Lemmatize("quobbled", "ADJ", "JJ").Should().Be("quobble");

    [Fact]
    public void Lemmatize_KnownWordTaggedAsACommonNoun_KeepsTheClassifiersUncutWord() =>
        Model([Same], [0f], lemmas: ["quobble"], margin: 2f, known: ("quobbling", "VBG", StripIng))
            .Lemmatize("quobbling", "NOUN", "NN").Should().Be("quobbling");

    // A model whose classifier has no features: its scores are the class biases, so each test sets the ranking.
    private static LemmaModel Model(
        LemmaEdit[] edits, float[] bias, string[] lemmas, float margin, (string Form, string Xpos, LemmaEdit Edit)? known = null)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(edits.Length);
            writer.Write(1);
            writer.Write(0);
            foreach (var b in bias)
            {
                writer.Write(b);
            }

            writer.Write(0);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var table = new Dictionary<string, KnownForm[]>(StringComparer.Ordinal);
        if (known is { } k)
        {
            table[k.Form] = [new KnownForm(k.Xpos, k.Edit)];
        }

        return new LemmaModel(
            edits, table.ToFrozenDictionary(StringComparer.Ordinal), lemmas.ToFrozenSet(StringComparer.Ordinal), margin,
            FeatureWeights.Read(reader));
    }
}
