namespace RuLatAm.Claims.Training.Tagging;

/// <summary>Reads the syntactic words of a CoNLL-U file; multi-word token lines and empty nodes are skipped.</summary>
internal static class TreebankReader
{
    public static List<TreebankSentence> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The treebank file '{path}' does not exist.", path);
        }

        var sentences = new List<TreebankSentence>();
        var words = new List<string>();
        var lemmas = new List<string>();
        var upos = new List<string>();
        var xpos = new List<string>();
        var text = "";
        var startsParagraph = false;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                if (words.Count > 0)
                {
                    sentences.Add(new TreebankSentence(text, startsParagraph, [.. words], [.. lemmas], [.. upos], [.. xpos]));
                    words.Clear();
                    lemmas.Clear();
                    upos.Clear();
                    xpos.Clear();
                    text = "";
                    startsParagraph = false;
                }

                continue;
            }

            if (line[0] == '#')
            {
                if (line.StartsWith("# text = ", StringComparison.Ordinal))
                {
                    text = line["# text = ".Length..];
                }
                else if (line.StartsWith("# newpar", StringComparison.Ordinal) || line.StartsWith("# newdoc", StringComparison.Ordinal))
                {
                    startsParagraph = true;
                }

                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 10)
            {
                throw new InvalidDataException($"'{path}' line {lineNumber}: expected 10 tab-separated columns, found {columns.Length}.");
            }

            if (columns[0].Contains('-', StringComparison.Ordinal) || columns[0].Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            words.Add(columns[1]);
            lemmas.Add(columns[2]);
            upos.Add(columns[3]);
            xpos.Add(columns[4]);
        }

        if (words.Count > 0)
        {
            sentences.Add(new TreebankSentence(text, startsParagraph, [.. words], [.. lemmas], [.. upos], [.. xpos]));
        }

        return sentences;
    }
}
