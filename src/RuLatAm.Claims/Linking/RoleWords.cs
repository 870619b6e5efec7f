namespace RuLatAm.Claims.Linking;

/// <summary>Words that name an office or a role, and the catalogue role they stand for when a state qualifies them.</summary>
internal static class RoleWords
{
    // Office phrases, longest first, with the catalogue role they denote.
    private static readonly (string Phrase, string Role)[] s_offices =
    [
        ("deputy foreign minister", "deputy-foreign-minister"),
        ("minister of foreign affairs", "foreign-minister"),
        ("foreign affairs minister", "foreign-minister"),
        ("secretary of state", "foreign-minister"),
        ("foreign minister", "foreign-minister"),
        ("top diplomat", "foreign-minister"),
        ("defense minister", "defense-minister"),
        ("defence minister", "defense-minister"),
        ("vice president", "vice-president"),
        ("prime minister", "head-of-government"),
        ("premier", "head-of-government"),
        ("president", "head-of-state"),
        ("head of state", "head-of-state"),
        ("leader", "head-of-state"),
        ("counterpart", "counterpart"),
    ];

    // Nouns that, after "the", refer back to a person the article introduced with them ("the aide", "the minister").
    private static readonly HashSet<string> s_roleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "minister", "secretary", "aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson",
        "ambassador", "diplomat", "envoy", "chancellor", "premier", "leader", "researcher", "analyst", "academic",
        "expert", "professor", "official", "general", "commander", "governor", "senator", "chairman", "chief", "head",
        "director", "observer", "economist", "historian", "scholar", "lawmaker", "deputy", "king", "queen", "counterpart",
    };

    /// <summary>The office role a phrase ends with ("the Russian foreign minister" gives foreign-minister), or null.</summary>
    public static string? OfficeRole(ReadOnlySpan<char> phrase)
    {
        foreach (var (words, role) in s_offices)
        {
            if (phrase.EndsWith(words, StringComparison.OrdinalIgnoreCase)
                && (phrase.Length == words.Length || !char.IsLetter(phrase[phrase.Length - words.Length - 1])))
            {
                return role;
            }
        }

        return null;
    }

    /// <summary>Whether an office role is one that several people hold at once (a deputy minister).</summary>
    public static bool HasSeveralHolders(string? role) => role?.StartsWith("deputy-", StringComparison.Ordinal) == true;

    public static bool IsRoleNoun(string word) => s_roleNouns.Contains(word);
}
