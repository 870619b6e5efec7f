namespace RuLatAm.Claims.Entities;

/// <summary>Finds named entities (PER, ORG, LOC) in the words of a sentence.</summary>
/// <remarks>Thread-safe. This first recognizer takes runs of proper nouns and types them by their head word.</remarks>
public sealed class EntityRecognizer
{
    private static readonly HashSet<string> s_organisationHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "Ministry", "Council", "Department", "Bank", "University", "Institute", "Academy", "Times", "Post", "Agency",
        "Organization", "Organisation", "Union", "Party", "Army", "Navy", "Fleet", "Court", "Duma", "Commission", "Fund",
        "Group", "Center", "Centre", "Association", "Company", "Corporation", "Congress", "Senate", "Parliament",
    };

    /// <summary>A shared recognizer.</summary>
    public static EntityRecognizer Default { get; } = new();

    /// <summary>Finds the entities of one sentence.</summary>
    /// <param name="words">The sentence's words.</param>
    /// <param name="upos">Their universal POS tags.</param>
    /// <returns>Non-overlapping entities in word order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public EntitySpan[] Recognize(IReadOnlyList<string> words, IReadOnlyList<string> upos)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(upos);
        var entities = new List<EntitySpan>();
        var i = 0;
        while (i < words.Count)
        {
            if (upos[i] != "PROPN")
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < words.Count && (upos[end] == "PROPN" || (words[end] is "of" or "de" or "da" or "for" && end + 1 < words.Count && upos[end + 1] == "PROPN")))
            {
                end++;
            }

            var label = s_organisationHeads.Contains(words[end - 1]) ? "ORG" : "PER";
            entities.Add(new EntitySpan(i, end, label));
            i = end;
        }

        return [.. entities];
    }
}
