namespace RuLatAm.Claims.Building;

/// <summary>
/// Verbs that pass a thing to a party or share it with one ("sell arms to X", "discuss Y with X", "reinvest Y into
/// X", "impose sanctions on X"): the party, not the thing, is the target (corpus/README.md, a verb with both a thing and a party).
/// </summary>
internal static class PartyVerbs
{
    private static readonly HashSet<string> s_verbs = new(StringComparer.Ordinal)
    {
        "sell", "deliver", "provide", "offer", "lend", "supply", "send", "give", "ship", "export", "transfer", "donate",
        "grant", "extend", "reinvest", "invest", "discuss",
    };

    /// <summary>Whether the object of a preposition after <paramref name="lemma"/>, when it has one, is the target.</summary>
    public static bool PreferParty(string lemma, string? preposition) =>
        s_verbs.Contains(lemma) && preposition is "to" or "with" or "into"
        || lemma is "impose" or "levy" && preposition is "on" or "against";
}
