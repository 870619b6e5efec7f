namespace RuLatAm.Claims.Entities;

/// <summary>One sentence of a Universal NER IOB2 file: its comment lines and its token rows, columns split at tabs.</summary>
/// <param name="Comments">The sentence's <c>#</c> lines, as written.</param>
/// <param name="Rows">One row per token: id, token, tag, then any further columns.</param>
internal sealed record Iob2Sentence(string[] Comments, string[][] Rows)
{
    /// <summary>The tokens (column 2).</summary>
    public string[] Tokens()
    {
        var tokens = new string[Rows.Length];
        for (var i = 0; i < Rows.Length; i++)
        {
            tokens[i] = Rows[i][1];
        }

        return tokens;
    }

    /// <summary>The tags (column 3, O where absent), read with <see cref="BioTags.Parse"/>.</summary>
    /// <exception cref="FormatException">A tag is not an entity tag.</exception>
    public int[] Tags()
    {
        var tags = new int[Rows.Length];
        for (var i = 0; i < Rows.Length; i++)
        {
            tags[i] = Rows[i].Length > 2 ? BioTags.Parse(Rows[i][2]) : BioTags.Outside;
        }

        return tags;
    }

    /// <summary>The same sentence with column 3 replaced by <paramref name="tags"/>; other columns stay as they were.</summary>
    public Iob2Sentence WithTags(ReadOnlySpan<int> tags)
    {
        var rows = new string[Rows.Length][];
        for (var i = 0; i < Rows.Length; i++)
        {
            var row = Rows[i].Length >= 3 ? (string[])Rows[i].Clone() : [Rows[i][0], Rows[i][1], ""];
            row[2] = BioTags.Name(tags[i]);
            rows[i] = row;
        }

        return new Iob2Sentence(Comments, rows);
    }
}
