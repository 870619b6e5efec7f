using System.Collections.Frozen;
using System.Globalization;

namespace RuLatAm.Claims.Linking;

/// <summary>
/// The curated catalogue of actors: states with their demonyms and metonyms, people with their offices and terms,
/// organisations and media, each with aliases, transliteration variants and common misspellings.
/// </summary>
/// <remarks>
/// The built-in catalogue ships inside the package (Resources/states.json, people.json, organisations.json,
/// media.json) and is read once, on first use. Immutable and thread-safe.
/// </remarks>
public sealed class ActorCatalogue
{
    private static readonly Lazy<ActorCatalogue> s_default = new(LoadEmbedded);

    private readonly FrozenDictionary<string, CatalogueActor> _byName;
    private readonly FrozenDictionary<string, string> _stateByDemonym;
    private readonly FrozenDictionary<string, CatalogueActor[]> _peopleByLastName;
    private readonly Office[] _offices;
    private readonly FrozenDictionary<string, Office[]> _officesByHolder;
    private readonly FrozenDictionary<string, PersonGender> _genders;

    // Lookups by a key built on the stack, not as a string: linking looks up many spans of words per sentence.
    private readonly FrozenDictionary<string, CatalogueActor>.AlternateLookup<ReadOnlySpan<char>> _byKey;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _stateByDemonymKey;
    private readonly FrozenDictionary<string, CatalogueActor[]>.AlternateLookup<ReadOnlySpan<char>> _peopleByLastNameKey;

    private ActorCatalogue(
        Dictionary<string, CatalogueActor> byName,
        Dictionary<string, string> stateByDemonym,
        Dictionary<string, List<CatalogueActor>> peopleByLastName,
        List<Office> offices,
        Dictionary<string, PersonGender> genders)
    {
        _genders = genders.ToFrozenDictionary(StringComparer.Ordinal);
        _byName = byName.ToFrozenDictionary(StringComparer.Ordinal);
        _stateByDemonym = stateByDemonym.ToFrozenDictionary(StringComparer.Ordinal);
        _peopleByLastName = peopleByLastName.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _offices = [.. offices];
        _officesByHolder = offices.GroupBy(o => o.Holder).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _byKey = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
        _stateByDemonymKey = _stateByDemonym.GetAlternateLookup<ReadOnlySpan<char>>();
        _peopleByLastNameKey = _peopleByLastName.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxNameWords = byName.Count == 0 ? 1 : byName.Keys.Max(k => k.Count(c => c == ' ') + 1);
    }

    /// <summary>The catalogue that ships with the package.</summary>
    public static ActorCatalogue Default => s_default.Value;

    /// <summary>Number of names, aliases and metonyms the catalogue recognises.</summary>
    public int NameCount => _byName.Count;

    internal int MaxNameWords { get; }

    // How long a former office holder stays the likelier bearer of a shared last name in the news.
    private const int RecentOfficeYears = 10;

    /// <summary>Finds the actor a name, alias, misspelling or metonym denotes.</summary>
    /// <param name="name">The name as written ("the Kremlin", "Lula", "Balsonaro").</param>
    /// <returns>The actor, or null when the catalogue does not know the name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public CatalogueActor? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return FindName(name);
    }

    /// <summary>Finds who held an office on a date.</summary>
    /// <param name="role">The role: head-of-state, head-of-government, foreign-minister …</param>
    /// <param name="state">The state's canonical name.</param>
    /// <param name="date">The date.</param>
    /// <returns>The holder's canonical name when exactly one person held the office that day; otherwise null.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public string? FindOfficeHolder(string role, string state, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(role);
        ArgumentNullException.ThrowIfNull(state);
        string? holder = null;
        foreach (var office in _offices)
        {
            if (office.Role == role && office.State == state && office.IsHeldOn(date))
            {
                if (holder is not null && holder != office.Holder)
                {
                    return null;
                }

                holder = office.Holder;
            }
        }

        return holder;
    }

    /// <summary>Finds the actor a name as written denotes; <see cref="Find"/> without the argument check.</summary>
    internal CatalogueActor? FindName(ReadOnlySpan<char> name) => Lookup(_byKey, name);

    internal string? StateOfDemonym(string word) => Lookup(_stateByDemonymKey, word);

    internal IReadOnlyList<CatalogueActor> PeopleWithLastName(ReadOnlySpan<char> lastName) => Lookup(_peopleByLastNameKey, lastName) ?? [];

    internal Office[] OfficesOf(string person) => _officesByHolder.GetValueOrDefault(person) ?? [];

    /// <summary>The recorded gender of a catalogued person by canonical name, or null when unknown.</summary>
    internal PersonGender? GenderOf(string person) => _genders.TryGetValue(person, out var gender) ? gender : null;

    /// <summary>
    /// The one person a last name denotes on a date: the only catalogued bearer, or the only one in office that day
    /// when no other bearer held office in the <see cref="RecentOfficeYears"/> before it ("Maduro" in 2023 is
    /// Nicolas, not Ricardo, who left office in 2006; "Castro" in 2019 stays unresolved).
    /// </summary>
    internal CatalogueActor? PersonWithLastName(ReadOnlySpan<char> lastName, DateOnly date)
    {
        var people = PeopleWithLastName(lastName);
        if (people.Count <= 1)
        {
            return people.Count == 1 ? people[0] : null;
        }

        CatalogueActor? incumbent = null;
        var recent = date.AddYears(-RecentOfficeYears);
        foreach (var person in people)
        {
            var offices = OfficesOf(person.Name);
            if (Array.Exists(offices, o => o.IsHeldOn(date)))
            {
                if (incumbent is not null)
                {
                    return null;
                }

                incumbent = person;
            }
            else if (Array.Exists(offices, o => o.To is { } end && end >= recent && o.From <= date))
            {
                return null;
            }
        }

        return incumbent;
    }

    // "Nicaraguan Army" is also "Nicaragua's army", "Nicaraguan National Assembly" "Nicaragua's National Assembly"; these come last, so no written alias is hidden by one.
    private static IEnumerable<string> PossessiveNames(CatalogueFile.OrganisationEntry organisation, Dictionary<string, IReadOnlyList<string>> statesDemonyms)
    {
        if (organisation.State is not { } state || !statesDemonyms.TryGetValue(state, out var demonyms))
        {
            yield break;
        }

        foreach (var name in (organisation.Aliases ?? []).Prepend(organisation.Name))
        {
            foreach (var demonym in demonyms)
            {
                if (name.StartsWith(demonym + " ", StringComparison.Ordinal))
                {
                    yield return $"{state}'s {name[(demonym.Length + 1)..]}";
                }
            }
        }
    }

    private static TValue? Lookup<TValue>(FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> keys, ReadOnlySpan<char> name)
        where TValue : class
    {
        Span<char> key = name.Length <= NameKey.StackNameLength ? stackalloc char[NameKey.StackKeyLength] : new char[NameKey.MaxLength(name.Length)];
        return keys.TryGetValue(key[..NameKey.Write(name, key)], out var value) ? value : null;
    }

    private static ActorCatalogue LoadEmbedded()
    {
        var byName = new Dictionary<string, CatalogueActor>(StringComparer.Ordinal);
        var demonyms = new Dictionary<string, string>(StringComparer.Ordinal);
        var lastNames = new Dictionary<string, List<CatalogueActor>>(StringComparer.Ordinal);
        var offices = new List<Office>();
        var genders = new Dictionary<string, PersonGender>(StringComparer.Ordinal);

        // Names first, then aliases: an alias never hides another entity's own name.
        var aliases = new List<(string Alias, CatalogueActor Actor)>();
        var statesDemonyms = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var possessiveAliases = new List<(string Alias, CatalogueActor Actor)>();
        foreach (var state in CatalogueFile.Read<CatalogueFile.StateEntry>("RuLatAm.Claims.states.json"))
        {
            var actor = new CatalogueActor(state.Name, EntityType.Gpe, "state", state.Name);
            byName.TryAdd(NameKey.Of(state.Name), actor);
            aliases.AddRange((state.Aliases ?? []).Concat(state.Metonyms ?? []).Select(a => (a, actor)));
            foreach (var demonym in state.Demonyms ?? [])
            {
                demonyms.TryAdd(NameKey.Of(demonym), state.Name);
            }

            statesDemonyms[state.Name] = state.Demonyms ?? [];
        }

        foreach (var person in CatalogueFile.Read<CatalogueFile.PersonEntry>("RuLatAm.Claims.people.json"))
        {
            var actor = new CatalogueActor(person.Name, EntityType.Person, "person", person.Offices?.FirstOrDefault()?.State);
            byName.TryAdd(NameKey.Of(person.Name), actor);
            aliases.AddRange((person.Aliases ?? []).Concat(person.Misspellings ?? []).Select(a => (a, actor)));
            AddLastName(lastNames, person.Name, actor);
            if (person.Gender is { } gender)
            {
                genders[person.Name] = gender switch
                {
                    "female" => PersonGender.Female,
                    "male" => PersonGender.Male,
                    _ => throw new InvalidDataException($"Person '{person.Name}' has gender '{gender}'; the catalogue records female or male."),
                };
            }
            foreach (var office in person.Offices ?? [])
            {
                offices.Add(new Office(
                    person.Name,
                    office.Role,
                    office.Title ?? office.Role,
                    office.State,
                    office.Org,
                    DateOnly.Parse(office.From, CultureInfo.InvariantCulture),
                    office.To is null ? null : DateOnly.Parse(office.To, CultureInfo.InvariantCulture)));
            }
        }

        foreach (var file in (ReadOnlySpan<string>)["RuLatAm.Claims.organisations.json", "RuLatAm.Claims.media.json"])
        {
            foreach (var organisation in CatalogueFile.Read<CatalogueFile.OrganisationEntry>(file))
            {
                var actor = new CatalogueActor(organisation.Name, EntityType.Org, organisation.Kind ?? "organisation", organisation.State);
                byName.TryAdd(NameKey.Of(organisation.Name), actor);
                aliases.AddRange((organisation.Aliases ?? []).Select(a => (a, actor)));
                possessiveAliases.AddRange(PossessiveNames(organisation, statesDemonyms).Select(a => (a, actor)));
            }
        }

        foreach (var (alias, actor) in aliases.Concat(possessiveAliases))
        {
            byName.TryAdd(NameKey.Of(alias), actor);
            if (actor.Type == EntityType.Person)
            {
                AddLastName(lastNames, alias, actor);
            }
        }

        return new ActorCatalogue(byName, demonyms, lastNames, offices, genders);
    }

    private static void AddLastName(Dictionary<string, List<CatalogueActor>> lastNames, string name, CatalogueActor actor)
    {
        var key = NameKey.Of(name);
        var last = key[(key.LastIndexOf(' ') + 1)..];
        if (!lastNames.TryGetValue(last, out var people))
        {
            lastNames[last] = people = [];
        }

        if (!people.Contains(actor))
        {
            people.Add(actor);
        }
    }
}
