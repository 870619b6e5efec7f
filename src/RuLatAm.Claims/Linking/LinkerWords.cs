namespace RuLatAm.Claims.Linking;

/// <summary>The closed word lists the entity linker reads mentions with.</summary>
internal static class LinkerWords
{
    // Nouns that, with a state or a possessive, stand for a state's or body's people ("U.S. officials", "his government").
    public static readonly HashSet<string> GroupNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "officials", "official", "government", "authorities", "diplomats", "ambassadors", "diplomacy", "leadership",
        "administration", "embassy", "delegation", "side", "regime", "cabinet", "ministry", "presidency", "envoys",
        "advisers", "advisors", "negotiators", "lawmakers", "legislators", "troops", "soldiers", "military",
    };

    // Vehicles and weapons, which the guideline never takes for actors ("the frigate Admiral Gorshkov docked").
    public static readonly HashSet<string> VehicleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "ship", "ships", "vessel", "vessels", "warship", "warships", "frigate", "frigates", "submarine", "submarines",
        "destroyer", "destroyers", "cruiser", "cruisers", "corvette", "corvettes", "tanker", "tankers", "carrier", "flotilla",
        "aircraft", "plane", "planes", "jet", "jets", "bomber", "bombers", "helicopter", "helicopters", "drone", "drones",
        "missile", "missiles", "satellite", "satellites", "vaccine", "vaccines",
    };

    // Nouns that, after "the", refer back to an alliance or international body ("the bloc", "the group").
    public static readonly HashSet<string> AllianceNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "group", "grouping", "bloc", "alliance", "organization", "organisation",
    };

    // Nouns that, after "the", refer back to the state last in focus ("the country", "the nation").
    public static readonly HashSet<string> StateNouns = new(StringComparer.OrdinalIgnoreCase) { "country", "nation" };

    // Group nouns that "they" can refer back to.
    public static readonly HashSet<string> PluralGroupNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "officials", "authorities", "diplomats", "ambassadors", "envoys", "advisers", "advisors", "negotiators", "lawmakers",
        "legislators", "troops", "soldiers",
    };

    // Words of titles that come before a name ("Foreign Minister X", "White House Press Secretary X").
    public static readonly HashSet<string> LeadingTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "presidential", "minister", "foreign", "prime", "deputy", "secretary", "state", "vice", "aide",
        "spokesman", "spokeswoman", "general", "gen", "senator", "ambassador", "chancellor", "premier", "former", "acting",
        "mr", "mrs", "ms", "dr", "press", "white", "house", "defense", "defence", "adviser", "advisor", "chief",
    };

    // Capitalised words that taggers take for names but that never denote an actor.
    public static readonly HashSet<string> CalendarWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "today", "yesterday",
    };
}
