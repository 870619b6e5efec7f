namespace RuLatAm.Claims.Training.Parsing;

/// <summary>Reads CoNLL-U files into sentences of syntactic words.</summary>
internal static class ConlluReader
{
    public static List<ConlluSentence> Read(string path)
    {
        var sentences = new List<ConlluSentence>();
        var rows = new List<string[]>();
        var text = "";
        var startsParagraph = false;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                if (rows.Count > 0)
                {
                    sentences.Add(Build(text, startsParagraph, rows, path));
                }

                rows.Clear();
                text = "";
                startsParagraph = false;
                continue;
            }

            if (line[0] == '#')
            {
                if (line.StartsWith("# text = ", StringComparison.Ordinal))
                {
                    text = line["# text = ".Length..];
                }

                startsParagraph |= line.StartsWith("# newpar", StringComparison.Ordinal) || line.StartsWith("# newdoc", StringComparison.Ordinal);
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 10)
            {
                throw new InvalidDataException($"'{path}': a line has {columns.Length} columns, not 10.");
            }

            // Multiword token ranges (3-4) and empty nodes (8.1) are not syntactic words of the basic tree.
            if (columns[0].Contains('-', StringComparison.Ordinal) || columns[0].Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            rows.Add(columns);
        }

        if (rows.Count > 0)
        {
            sentences.Add(Build(text, startsParagraph, rows, path));
        }

        return sentences;
    }

    private static ConlluSentence Build(string text, bool startsParagraph, List<string[]> rows, string path)
    {
        var n = rows.Count;
        var sentence = new ConlluSentence(text, startsParagraph, new string[n], new string[n], new string[n], new string[n], new int[n], new string[n]);
        for (var i = 0; i < n; i++)
        {
            var c = rows[i];
            sentence.Words[i] = c[1];
            sentence.Lemmas[i] = c[2];
            sentence.Upos[i] = c[3];
            sentence.Xpos[i] = c[4];
            sentence.Heads[i] = int.TryParse(c[6], out var head) ? head - 1 : throw new InvalidDataException($"'{path}': bad head '{c[6]}'.");
            sentence.Relations[i] = c[7];
        }

        return sentence;
    }
}
