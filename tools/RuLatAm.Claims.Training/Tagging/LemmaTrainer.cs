using RuLatAm.Claims.Tagging;

namespace RuLatAm.Claims.Training.Tagging;

/// <summary>Trains the lemmatizer: a table of the training treebank's word forms, an edit classifier for the rest, and
/// the treebank's lemmas to check the classifier against.</summary>
/// <remarks>
/// The table keeps, per (lower-case form, XPOS), the edit that gives the treebank's lemma for most of its
/// occurrences; irregular forms ("was", "met", "better") live there. The classifier learns edits from word types
/// rather than tokens, because the words it will meet are the rare ones the table lacks. Among edits scoring within
/// <paramref name="lexiconMargin"/> of the best, the lemmatizer prefers one giving a lemma the treebank uses.
/// </remarks>
internal sealed class LemmaTrainer(int seed, int minTypes, float l1, float l2, int iterations, float lexiconMargin, TextWriter log)
{
    public byte[] Train(IReadOnlyList<TreebankSentence> sentences)
    {
        var known = KnownForms(sentences);
        var lemmas = Lemmas(sentences);
        var types = sentences
            .SelectMany(s => Enumerable.Range(0, s.Count).Select(i => (Word: s.Words[i], Upos: s.Upos[i], Xpos: s.Xpos[i], Lemma: s.Lemmas[i])))
            .Where(t => t.Lemma != "_" && t.Word.Length > 0)
            .Distinct()
            .OrderBy(t => t.Word, StringComparer.Ordinal).ThenBy(t => t.Upos, StringComparer.Ordinal)
            .ThenBy(t => t.Xpos, StringComparer.Ordinal).ThenBy(t => t.Lemma, StringComparer.Ordinal)
            .Select(t => (t.Word, t.Upos, t.Xpos, Edit: LemmaEdit.Between(t.Word, t.Lemma)))
            .ToList();
        var edits = types.GroupBy(t => t.Edit).Where(g => g.Count() >= minTypes)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.ToString(), StringComparer.Ordinal)
            .Select(g => g.Key).ToArray();
        var editIndex = edits.Select((e, i) => (e, i)).ToDictionary(p => p.e, p => p.i);
        var usable = types.Where(t => editIndex.ContainsKey(t.Edit)).ToList();
        log.WriteLine($"lemmatizer: {known.Count} known forms; {types.Count} word types, {usable.Count} with one of {edits.Length} edits seen in {minTypes}+ types");

        var keys = new ulong[LemmaFeatures.MaxKeys];
        var vocabulary = new FeatureVocabulary();
        vocabulary.AddFrequent(usable.SelectMany(t => Keys(t.Word, t.Upos, t.Xpos, keys)), 1);
        var examples = usable.Select(t => new SparseExample(editIndex[t.Edit], vocabulary.Columns(Keys(t.Word, t.Upos, t.Xpos, keys)))).ToList();
        var head = new LinearTrainer(seed, l1, l2, iterations).Train(examples, vocabulary.Count, edits.Length, log);
        return ModelWriter.Write(LemmaModel.Tag, LemmaModel.Version, writer =>
        {
            writer.Write(edits.Length);
            foreach (var edit in edits)
            {
                WriteEdit(writer, edit);
            }

            writer.Write(known.Count);
            foreach (var (form, entries) in known)
            {
                writer.Write(form);
                writer.Write((byte)entries.Count);
                foreach (var entry in entries)
                {
                    writer.Write(entry.Xpos);
                    WriteEdit(writer, entry.Edit);
                }
            }

            writer.Write(lemmas.Count);
            foreach (var lemma in lemmas)
            {
                writer.Write(lemma);
            }

            writer.Write(lexiconMargin);
            var features = FeatureWeightsWriter.Write(writer, edits.Length, vocabulary.Keys, [head], 0.01f);
            log.WriteLine($"  exported {features} features");
        });
    }

    public static LemmaModel Load(byte[] model)
    {
        using var reader = ModelFile.Open(new MemoryStream(model), LemmaModel.Tag, LemmaModel.Version, "trained lemmatizer");
        return LemmaModel.Read(reader);
    }

    private static ulong[] Keys(string word, string upos, string xpos, ulong[] buffer)
    {
        var k = LemmaFeatures.Keys(word, WordHashes.Of(word), upos, xpos, buffer);
        return buffer[..k];
    }

    // Table keys of every lemma, in ordinal order so that the model's bytes do not depend on hashing.
    private static SortedSet<string> Lemmas(IReadOnlyList<TreebankSentence> sentences)
    {
        var lemmas = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (var lemma in sentence.Lemmas)
            {
                if (lemma.Length > 0 && lemma != "_")
                {
                    var key = new char[lemma.Length];
                    LemmaModel.Normalise(lemma, key);
                    lemmas.Add(new string(key));
                }
            }
        }

        return lemmas;
    }

    // Per table key, the edit right for most occurrences; ties go to the edit with the smaller text form.
    private static SortedDictionary<string, List<KnownForm>> KnownForms(IReadOnlyList<TreebankSentence> sentences)
    {
        var occurrences = new Dictionary<(string Form, string Xpos), List<(string Word, string Lemma)>>();
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Count; i++)
            {
                var word = sentence.Words[i];
                if (word.Length == 0 || sentence.Lemmas[i] == "_")
                {
                    continue;
                }

                var form = new char[word.Length];
                LemmaModel.Normalise(word, form);
                var key = (new string(form), sentence.Xpos[i]);
                if (!occurrences.TryGetValue(key, out var list))
                {
                    occurrences[key] = list = [];
                }

                list.Add((word, sentence.Lemmas[i]));
            }
        }

        var table = new SortedDictionary<string, List<(KnownForm Form, int Count)>>(StringComparer.Ordinal);
        foreach (var ((form, xpos), list) in occurrences.OrderBy(p => p.Key.Form, StringComparer.Ordinal).ThenBy(p => p.Key.Xpos, StringComparer.Ordinal))
        {
            var best = list.Select(o => LemmaEdit.Between(o.Word, o.Lemma)).Distinct()
                .Select(e => (Edit: e, Right: list.Count(o => e.Fits(o.Word) && e.Apply(o.Word) == o.Lemma)))
                .OrderByDescending(c => c.Right).ThenBy(c => c.Edit.ToString(), StringComparer.Ordinal)
                .First().Edit;
            if (!table.TryGetValue(form, out var entries))
            {
                table[form] = entries = [];
            }

            entries.Add((new KnownForm(xpos, best), list.Count));
        }

        // Most frequent reading first: the lemmatizer falls back to it when the tagger slips within a word class.
        return new SortedDictionary<string, List<KnownForm>>(
            table.ToDictionary(p => p.Key, p => p.Value.OrderByDescending(e => e.Count).ThenBy(e => e.Form.Xpos, StringComparer.Ordinal).Select(e => e.Form).ToList()),
            StringComparer.Ordinal);
    }

    private static void WriteEdit(BinaryWriter writer, LemmaEdit edit)
    {
        writer.Write((byte)edit.Casing);
        writer.Write7BitEncodedInt(edit.Strip);
        writer.Write(edit.Append);
    }
}
