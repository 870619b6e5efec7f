using System.Collections.Frozen;

namespace RuLatAm.Claims.Entities;

/// <summary>Small closed word lists that news leans on and web text seldom shows: titles, organisation heads, place words.</summary>
/// <remarks>
/// A feature says only which list a word is on, so "Duma" or "Rada" shares what the model learnt from "Council" or
/// "Parliament" in the training data.
/// </remarks>
internal static class EntityLexicon
{
    /// <summary>Not on any list.</summary>
    public const byte None = 0;

    /// <summary>A title or office that stands before a person's name ("President", "Gen.").</summary>
    public const byte Title = 1;

    /// <summary>A word that ends an organisation's name ("Ministry", "Council", "Inc.").</summary>
    public const byte OrganisationHead = 2;

    /// <summary>A word that ends a place name ("River", "Province", "Street").</summary>
    public const byte PlaceHead = 3;

    private static readonly FrozenDictionary<string, byte> s_words = Build();

    /// <summary>The list a word is on, whatever its case.</summary>
    public static byte Of(string word) => s_words.GetValueOrDefault(word);

    private static FrozenDictionary<string, byte> Build()
    {
        var words = new Dictionary<string, byte>(StringComparer.Ordinal);
        Add(words, Title,
            "president", "minister", "premier", "chancellor", "secretary", "senator", "sen.", "governor", "gov.",
            "mayor", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "deputy", "chairman", "chairwoman",
            "ceo", "director", "general", "gen.", "colonel", "col.", "lt.", "captain", "capt.", "admiral", "commander",
            "judge", "justice", "rep.", "representative", "congressman", "congresswoman", "mr.", "mrs.", "ms.", "dr.",
            "prof.", "professor", "sir", "lord", "king", "queen", "prince", "princess", "emperor", "pope", "patriarch",
            "archbishop", "bishop", "cardinal", "rev.", "sheikh", "ayatollah", "president-elect",
            "leader", "dictator", "tsar", "czar", "marshal", "sgt.", "sergeant", "officer", "attorney", "prosecutor");
        Add(words, OrganisationHead,
            "ministry", "department", "council", "bank", "university", "institute", "academy", "agency", "organization",
            "organisation", "union", "party", "army", "navy", "fleet", "court", "duma", "rada", "commission", "fund",
            "group", "center", "centre", "association", "company", "corporation", "corp.", "corp", "inc.", "inc", "ltd",
            "ltd.", "llc", "co.", "congress", "senate", "parliament", "committee", "assembly", "service", "office",
            "bureau", "forces", "guard", "times", "post", "news", "press", "network", "airlines", "airways", "club",
            "church", "school", "college", "foundation", "authority", "board", "police", "hospital", "cabinet",
            "government", "administration", "alliance", "front", "movement", "federation", "league", "society",
            "tribunal", "reserve", "exchange", "holdings", "industries", "systems", "telegraph", "journal", "herald",
            "tribune", "gazette", "broadcasting", "television", "radio", "agencies", "ministries", "brigade", "cartel");
        Add(words, PlaceHead,
            "city", "river", "mountain", "mountains", "mount", "island", "islands", "county", "province", "region",
            "street", "avenue", "road", "lake", "sea", "ocean", "gulf", "bay", "valley", "park", "square", "peninsula",
            "strait", "desert", "state", "district", "oblast", "krai", "territory", "coast", "canal", "airport", "port",
            "bridge", "plaza", "boulevard", "highway");
        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static void Add(Dictionary<string, byte> words, byte list, params string[] entries)
    {
        foreach (var entry in entries)
        {
            words.TryAdd(entry, list);
        }
    }
}
