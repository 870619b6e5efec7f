namespace RuLatAm.Claims.Entities;

/// <summary>The recognizer's tag set: O and B-/I- for PER, ORG and LOC, as Universal NER writes them.</summary>
internal static class BioTags
{
    /// <summary>Number of tags.</summary>
    public const int Count = 7;

    /// <summary>The tag outside every entity.</summary>
    public const int Outside = 0;

    /// <summary>The pseudo-tag before a sentence's first word; only features see it.</summary>
    public const int Start = Count;

    private static readonly string[] s_names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"];
    private static readonly string[] s_labels = ["PER", "ORG", "LOC"];

    public static string Name(int tag) => s_names[tag];

    /// <summary>Whether a tag begins an entity.</summary>
    public static bool IsBegin(int tag) => tag != Outside && (tag & 1) == 1;

    /// <summary>Whether a tag continues an entity.</summary>
    public static bool IsInside(int tag) => tag != Outside && (tag & 1) == 0;

    /// <summary>PER, ORG or LOC for a B- or I- tag.</summary>
    public static string Label(int tag) => s_labels[(tag - 1) >> 1];

    /// <summary>Whether <paramref name="next"/> may follow <paramref name="previous"/>: I-X only continues B-X or I-X.</summary>
    public static bool IsAllowed(int previous, int next) =>
        !IsInside(next) || (previous != Outside && previous != Start && (previous + 1) >> 1 == next >> 1);

    /// <summary>Reads a tag as Universal NER writes it.</summary>
    /// <exception cref="FormatException">The tag is not O, B-X or I-X.</exception>
    public static int Parse(string tag)
    {
        var index = Array.IndexOf(s_names, tag);
        if (index >= 0)
        {
            return index;
        }

        // UNER's train file is a release candidate that still carries OTH tags and a stray B-O: they count as O.
        if (tag is "B-OTH" or "I-OTH" or "B-O" or "I-O")
        {
            return Outside;
        }

        throw new FormatException($"'{tag}' is not an entity tag (O, B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC).");
    }

    /// <summary>The entities a tag sequence marks; an I- tag that does not continue its type starts a new entity.</summary>
    public static EntitySpan[] ToSpans(ReadOnlySpan<int> tags)
    {
        var count = 0;
        for (var i = 0; i < tags.Length; i++)
        {
            if (StartsSpan(tags, i))
            {
                count++;
            }
        }

        if (count == 0)
        {
            return [];
        }

        var spans = new EntitySpan[count];
        var next = 0;
        for (var i = 0; i < tags.Length; i++)
        {
            if (!StartsSpan(tags, i))
            {
                continue;
            }

            var end = i + 1;
            var inside = tags[i] + (IsBegin(tags[i]) ? 1 : 0);
            while (end < tags.Length && tags[end] == inside)
            {
                end++;
            }

            spans[next++] = new EntitySpan(i, end, Label(tags[i]));
        }

        return spans;
    }

    private static bool StartsSpan(ReadOnlySpan<int> tags, int i) =>
        IsBegin(tags[i]) || (IsInside(tags[i]) && (i == 0 || !IsAllowed(tags[i - 1], tags[i])));
}
