namespace RuLatAm.Claims.Entities;

/// <summary>Reads and writes Universal NER IOB2 files: tab-separated id, token, tag (and more), <c>#</c> comments, a blank line after each sentence.</summary>
internal static class Iob2File
{
    /// <summary>Reads every sentence.</summary>
    /// <exception cref="FormatException">A token line has fewer than two columns or an empty token; the message names the line.</exception>
    public static List<Iob2Sentence> Read(TextReader reader)
    {
        var sentences = new List<Iob2Sentence>();
        var comments = new List<string>();
        var rows = new List<string[]>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || string.IsNullOrWhiteSpace(line))
            {
                Flush();
                continue;
            }

            if (line[0] == '#')
            {
                comments.Add(line);
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length < 2 || columns[1].Length == 0)
            {
                throw new FormatException($"Line {number} is not 'id<TAB>token<TAB>tag': '{Shorten(line)}'.");
            }

            rows.Add(columns);
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (comments.Count > 0 || rows.Count > 0)
            {
                sentences.Add(new Iob2Sentence([.. comments], [.. rows]));
                comments.Clear();
                rows.Clear();
            }
        }
    }

    /// <summary>Writes sentences in the layout <see cref="Read"/> reads, each followed by a blank line.</summary>
    public static void Write(TextWriter writer, IEnumerable<Iob2Sentence> sentences)
    {
        foreach (var sentence in sentences)
        {
            foreach (var comment in sentence.Comments)
            {
                writer.Write(comment);
                writer.Write('\n');
            }

            foreach (var row in sentence.Rows)
            {
                writer.Write(string.Join('\t', row));
                writer.Write('\n');
            }

            writer.Write('\n');
        }
    }

    private static string Shorten(string line) => line.Length <= 60 ? line : string.Concat(line.AsSpan(0, 57), "...");
}
