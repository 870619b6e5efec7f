using RuLatAm.Claims.Analysis;
using RuLatAm.Claims.Tagging;

namespace RuLatAm.Claims.Linking;

/// <summary>
/// Resolves mentions inside one article to canonical actors: full names, last names already seen, aliases and
/// misspellings, metonyms, titles held on the publication date, role nouns the article tied to a person
/// ("the aide"), group actors ("U.S. officials", "his government") and pronouns.
/// </summary>
/// <remarks>Holds the article's discourse memory, so one instance serves one article on one thread.</remarks>
internal sealed class EntityLinker(ActorCatalogue catalogue, DateOnly published)
{
    // "the three leaders" is still a handful of people the reader can keep in mind; a larger count is a group.
    private const int MaxPeopleCounted = 4;

    private readonly List<ResolvedActor> _people = [];
    private readonly List<ResolvedActor> _bodies = [];
    private readonly Dictionary<string, string> _fullNameByLastName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ResolvedActor>> _peopleByRole = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<ResolvedActor, int> _mentions = [];
    private List<ResolvedActor> _previousSubjects = [];

    // The state behind the last plural group mention ("U.S. officials"), and that group when it was the subject of
    // the previous sentence: the one a subject "they" can refer to.
    private ResolvedActor? _lastPluralGroup;
    private ResolvedActor? _previousPluralSubject;
    private readonly StateLists _stateLists = new();

    private readonly WordSpanJoiner _joiner = new();

    // "a group of farmers" introduces a group with no name: "the group" after it is no alliance named before.
    private bool _unnamedGroupSinceLastAlliance;

    /// <summary>Remembers the named entities of a sentence and the role words around people's names.</summary>
    public void Observe(AnalyzedSentence sentence)
    {
        for (var i = 1; i < sentence.Count; i++)
        {
            if (LinkerWords.AllianceNouns.Contains(sentence.Words[i]) && sentence.Words[i - 1].ToLowerInvariant() is "a" or "an" or "another")
            {
                _unnamedGroupSinceLastAlliance = true;
            }
        }

        _stateLists.StartSentence();
        foreach (var entity in sentence.Entities)
        {
            if (ResolveName(sentence, entity.FirstWord, entity.EndWord, entity.Label) is not { } actor)
            {
                _stateLists.Break();
                continue;
            }

            _stateLists.Add(sentence, entity.FirstWord, entity.EndWord, actor);

            Remember(actor);
            if (actor.Type == EntityType.Person)
            {
                LearnRoles(sentence, entity.FirstWord, entity.EndWord, actor);
            }
        }
    }

    /// <summary>Remembers the actors of a sentence's claims, most salient last; "it" in the next sentence may refer to them.</summary>
    public void RememberSubjects(IReadOnlyList<ResolvedActor> subjects)
    {
        // By index: a foreach over the interface would box the list's enumerator once a sentence.
        for (var i = 0; i < subjects.Count; i++)
        {
            Remember(subjects[i]);
        }

        _previousSubjects = [.. subjects];
        _previousPluralSubject = _lastPluralGroup is { } group && subjects.Contains(group) ? group : null;
        _lastPluralGroup = null;
    }

    /// <summary>Makes <paramref name="actor"/> the most recent of its kind, for pronouns and last names.</summary>
    public void Remember(ResolvedActor actor)
    {
        _mentions[actor] = _mentions.GetValueOrDefault(actor) + 1;
        var list = actor.Type == EntityType.Person ? _people : _bodies;
        list.Remove(actor);
        list.Add(actor);
        _unnamedGroupSinceLastAlliance &= !IsAlliance(actor);
        if (actor.Type != EntityType.Person)
        {
            return;
        }

        Span<char> key = actor.Canonical.Length <= NameKey.StackNameLength ? stackalloc char[NameKey.StackKeyLength] : new char[NameKey.MaxLength(actor.Canonical.Length)];
        key = key[..NameKey.Write(actor.Canonical, key)];
        var lastNames = _fullNameByLastName.GetAlternateLookup<ReadOnlySpan<char>>();
        lastNames.TryAdd(key[(key.LastIndexOf(' ') + 1)..], actor.Canonical);
        // Either half of a double surname stands for the whole name ("Rodriguez" for "Bruno Rodriguez Parrilla").
        var words = _mentions[actor] == 1 ? actor.Canonical.Split(' ') : [];
        for (var w = 1; w < words.Length - 1; w++)
        {
            if (words[w].Length > 3 && char.IsUpper(words[w][0]))
            {
                lastNames.TryAdd(NameKey.Of(words[w]), actor.Canonical);
            }
        }
        if (catalogue.FindName(actor.Canonical) is not null)
        {
            foreach (var office in catalogue.OfficesOf(actor.Canonical))
            {
                if (office.IsHeldOn(published))
                {
                    foreach (var word in office.TitleWords)
                    {
                        if (RoleWords.IsRoleNoun(word))
                        {
                            AddRole(word, actor);
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// What a speaker's "we" stands for: a person's state through the office held on the publication date, a body
    /// itself; null for a speaker the catalogue does not tie to either.
    /// </summary>
    public ResolvedActor? CollectiveOf(string speaker)
    {
        if (catalogue.Find(speaker) is not { } known)
        {
            return null;
        }

        if (known.Type != EntityType.Person)
        {
            return new ResolvedActor(known.Name, known.Type);
        }

        var state = catalogue.OfficesOf(known.Name).FirstOrDefault(o => o.IsHeldOn(published) && o.State is not null)?.State;
        return state is null ? null : new ResolvedActor(state, EntityType.Gpe);
    }

    /// <summary>Resolves the noun phrase over words [first, end) of a sentence, or returns null.</summary>
    public ResolvedActor? Resolve(AnalyzedSentence sentence, int first, int end)
    {
        if (end <= first)
        {
            return null;
        }

        if (end - first == 1 && sentence.Upos(first) == "PRON")
        {
            return ResolvePronoun(sentence.Words[first]);
        }

        // The whole phrase as the catalogue writes a body ("Nicaragua's National Assembly") outranks a name inside it.
        if (end - first > 2 && sentence.Words[first + 1] is "'s" or "\u2019s" && catalogue.FindName(_joiner.Joined(sentence, first, end)) is { Type: EntityType.Org } body)
        {
            return new ResolvedActor(body.Name, body.Type);
        }

        foreach (var entity in sentence.Entities)
        {
            if (entity.FirstWord >= first && entity.EndWord == end && ResolveName(sentence, entity.FirstWord, entity.EndWord, entity.Label) is { } named)
            {
                return named;
            }
        }

        var role = RoleWords.OfficeRole(_joiner.Spaced(sentence, first, end));
        var head = sentence.Words[end - 1];
        if (role is not null || RoleWords.IsRoleNoun(head))
        {
            if (ResolveTitle(sentence, first, end, role) is { } holder)
            {
                return holder;
            }

            // "a Nicaraguan government spokesperson" named by no one speaks for the state or body.
            if (head.ToLowerInvariant() is "spokesman" or "spokeswoman" or "spokesperson" && ResolveGroup(sentence, first, end) is { } spokenFor)
            {
                return spokenFor;
            }
        }

        // A catalogued body named by a group noun ("Russia's foreign ministry") is that body, not its state.
        if (ResolveAlias(sentence, first, end) is { } alias && alias.End == end)
        {
            return alias.Actor;
        }

        if (LinkerWords.GroupNouns.Contains(head))
        {
            var group = ResolveGroup(sentence, first, end);
            if (group is not null && LinkerWords.PluralGroupNouns.Contains(head))
            {
                _lastPluralGroup = group;
            }

            return group ?? RecentBodyNamed(sentence, first, end);
        }

        if (end - first == 2 && sentence.Words[first].Equals("the", StringComparison.OrdinalIgnoreCase) && LinkerWords.AllianceNouns.Contains(head))
        {
            return _unnamedGroupSinceLastAlliance ? null : LastBody(IsAlliance);
        }

        if (end - first == 2 && sentence.Words[first].Equals("the", StringComparison.OrdinalIgnoreCase) && LinkerWords.StateNouns.Contains(head))
        {
            return StateNamedBefore(sentence, first) ?? LastBody(body => body.Type == EntityType.Gpe);
        }

        // A capitalised name the recognizer missed: the article's own people first, then the catalogue's.
        return sentence.Upos(end - 1) == "PROPN" || char.IsUpper(sentence.Words[end - 1][0]) ? ResolveName(sentence, end - 1, end, "PER") is { Type: EntityType.Person } person && IsKnownPerson(person) ? person : null : null;
    }

    // The nearest state named earlier in the sentence, also one the recognizer missed ("sanctions on Peru's banks gave the country …").
    private ResolvedActor? StateNamedBefore(AnalyzedSentence sentence, int end)
    {
        for (var i = end - 1; i >= 0; i--)
        {
            if (sentence.Upos(i) == "PROPN" && ResolveAlias(sentence, i, i + 1) is { Actor.Type: EntityType.Gpe } place)
            {
                return place.Actor;
            }
        }

        return null;
    }

    // Not List.FindLast: on a miss that returns a default actor with no name, where callers expect null.
    private ResolvedActor? LastBody(Predicate<ResolvedActor> match) => _bodies.FindLastIndex(match) is var k and >= 0 ? _bodies[k] : null;

    private bool IsAlliance(ResolvedActor body) => body.Type != EntityType.Person && catalogue.Find(body.Canonical)?.Kind is "alliance" or "international";

    private bool IsKnownPerson(ResolvedActor person) => _people.Contains(person) || catalogue.Find(person.Canonical) is not null;

    /// <summary>Resolves "the two presidents" and the like to the last people of the article, else the phrase alone.</summary>
    public IReadOnlyList<ResolvedActor> ResolveAll(AnalyzedSentence sentence, int first, int end)
    {
        if (PeopleCounted(sentence, first, end) is var people and > 1 && people <= Math.Min(_people.Count, MaxPeopleCounted))
        {
            return _people.GetRange(_people.Count - people, people);
        }

        // "the four countries": the last list of that many states the article gave.
        if (end - first >= 2 && StateLists.CountOf(sentence.Words[end - 2]) is var count and > 1
            && sentence.Words[end - 1].ToLowerInvariant() is "countries" or "nations" or "states" && _stateLists.Last(count) is { } members)
        {
            return members;
        }

        // "both countries", "the two sides" with no list of two given: the two states, or for sides the two people, last named.
        if (end - first >= 2 && IsPair(sentence.Words[end - 2]))
        {
            var noun = sentence.Words[end - 1].ToLowerInvariant();
            if (noun is "sides" or "parties" && _people.Count >= 2)
            {
                return _people.GetRange(_people.Count - 2, 2);
            }

            // "the two countries" after a list of three is ambiguous; "both countries" is not.
            var both = sentence.Words[end - 2].Equals("both", StringComparison.OrdinalIgnoreCase);
            if ((noun is "sides" or "parties" || both && noun is "countries" or "nations") && LastStates(2) is { } states)
            {
                return states;
            }
        }

        return Resolve(sentence, first, end) is { } one ? [one] : [];
    }

    private static bool IsPair(string word) => word.ToLowerInvariant() is "two" or "both";

    // The last <paramref name="count"/> distinct states the article named, earliest first, or null when it named fewer.
    private List<ResolvedActor>? LastStates(int count)
    {
        var states = new List<ResolvedActor>(count);
        for (var k = _bodies.Count - 1; k >= 0 && states.Count < count; k--)
        {
            if (_bodies[k].Type == EntityType.Gpe)
            {
                states.Insert(0, _bodies[k]);
            }
        }

        return states.Count == count ? states : null;
    }

    // "the two presidents", "both men", "the three": how many people the phrase counts, else 0.
    private static int PeopleCounted(AnalyzedSentence sentence, int first, int end)
    {
        var last = sentence.Words[end - 1];
        if (end - first == 2 && sentence.Words[first].Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return StateLists.CountOf(last);
        }

        var isPeople = RoleWords.IsRoleNoun(last.TrimEnd('s')) || last.ToLowerInvariant() is "men" or "women";
        return end - first < 2 || !isPeople ? 0
            : sentence.Words[end - 2].Equals("both", StringComparison.OrdinalIgnoreCase) ? 2
            : StateLists.CountOf(sentence.Words[end - 2]);
    }

    private ResolvedActor? ResolvePronoun(string pronoun) => pronoun.ToLowerInvariant() switch
    {
        "he" or "him" or "his" or "himself" => LastPerson(PersonGender.Male),
        "she" or "her" or "hers" or "herself" => LastPerson(PersonGender.Female),
        // Subject "it" stands as often for a fact or a thing as for a body: trust it only to continue the last subject.
        "it" => _bodies.Count > 0 && _previousSubjects.Contains(_bodies[^1]) ? _bodies[^1] : null,
        "its" => _bodies.Count > 0 ? _bodies[^1] : null,
        // "Officials … . They say …": only a plural group that was the last subject is a safe referent.
        "they" => _previousPluralSubject,
        _ => null,
    };

    /// <summary>The most recent person an object pronoun ("him") can mean other than the clause's own actor, or null.</summary>
    public ResolvedActor? ObjectPronoun(string pronoun, string actor)
    {
        for (var k = _people.Count - 1; k >= 0; k--)
        {
            if (_people[k].Canonical != actor && Agrees(_people[k], pronoun))
            {
                return _people[k];
            }
        }

        return null;
    }

    /// <summary>Whether a pronoun can refer to <paramref name="person"/>: "she" not to a man the catalogue knows, "he" not to a woman.</summary>
    public bool Agrees(ResolvedActor person, string pronoun) => pronoun.ToLowerInvariant() switch
    {
        "he" or "him" or "his" or "himself" => catalogue.GenderOf(person.Canonical) != PersonGender.Female,
        "she" or "her" or "hers" or "herself" => catalogue.GenderOf(person.Canonical) != PersonGender.Male,
        _ => true,
    };

    // The most recent person who may be of that gender: one the catalogue records otherwise is skipped.
    private ResolvedActor? LastPerson(PersonGender gender)
    {
        for (var k = _people.Count - 1; k >= 0; k--)
        {
            if (catalogue.GenderOf(_people[k].Canonical) is not { } known || known == gender)
            {
                return _people[k];
            }
        }

        return null;
    }

    private ResolvedActor? ResolveName(AnalyzedSentence sentence, int first, int end, string label)
    {
        // Titles written before a name are not part of it: "Presidential aide Yury Ushakov".
        while (end - first > 1 && LinkerWords.LeadingTitles.Contains(sentence.Words[first]) && sentence.Upos(end - 1) == "PROPN")
        {
            first++;
        }

        if (ResolveAlias(sentence, first, end) is { } known && known.End == end)
        {
            return known.Actor;
        }

        // "America" cut from "Latin America": a region, not a state.
        if (IsInsideLongerName(sentence, first) && (label == "LOC" || catalogue.FindName(_joiner.Joined(sentence, first, end))?.Type == EntityType.Gpe)
            || LinkerWords.CalendarWords.Contains(sentence.Words[end - 1]))
        {
            return null;
        }

        var text = _joiner.Spaced(sentence, first, end);
        Span<char> key = text.Length <= NameKey.StackNameLength ? stackalloc char[NameKey.StackKeyLength] : new char[NameKey.MaxLength(text.Length)];
        key = key[..NameKey.Write(text, key)];
        // "Diaz-Canel" is one surname in three words.
        var oneWord = end - first == 1 || end - first == 3 && WordSpanJoiner.IsHyphen(sentence.Words[first + 1]);
        var lastPart = key[(key.LastIndexOf(' ') + 1)..];
        if (oneWord && _fullNameByLastName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lastPart, out var full) && EndsWithKey(full, key))
        {
            return new ResolvedActor(full, EntityType.Person);
        }

        // "Lavrov Visits Caracas" in a title-case heading: the recognizer runs a known surname on into common words.
        if (end - first > 1 && label == "PER" && _fullNameByLastName.TryGetValue(NameKey.Of(sentence.Words[first]), out var named)
            && sentence.Words[(first + 1)..end].All(Lemmatizer.Default.IsOnlyCommonWord))
        {
            return new ResolvedActor(named, EntityType.Person);
        }

        if (end - first > 1 && label == "PER" && PersonEndingWith(key) is { } earlier)
        {
            return earlier;
        }

        // The recognizer may take a lone surname for a place ("Maduro met …"): a catalogued surname that names no
        // place is the person whatever the label.
        if (oneWord && catalogue.PersonWithLastName(lastPart, published) is { } only && EndsWithKey(only.Name, key))
        {
            return new ResolvedActor(only.Name, EntityType.Person);
        }

        var type = label switch
        {
            "PER" => EntityType.Person,
            "LOC" => EntityType.Gpe,
            _ => EntityType.Org,
        };
        return new ResolvedActor(end - first == 1 ? sentence.Words[first] : text.ToString(), type);
    }

    // Whether the name's key ends with the whole key of a hyphenated surname ("miguel diaz canel" with "diaz canel").
    private static bool EndsWithKey(string name, ReadOnlySpan<char> key) => !key.Contains(' ') || NameKey.Of(name).AsSpan().EndsWith(key);

    // "Lopez Alvarado" after "Carlos Manuel Lopez Alvarado": a double surname repeats the last words of a name the
    // article gave in full, the most recent such person first.
    private ResolvedActor? PersonEndingWith(ReadOnlySpan<char> key)
    {
        Span<char> buffer = stackalloc char[NameKey.StackKeyLength];
        for (var k = _people.Count - 1; k >= 0; k--)
        {
            var name = _people[k].Canonical;
            var nameKey = name.Length <= NameKey.StackNameLength ? buffer : new char[NameKey.MaxLength(name.Length)];
            nameKey = nameKey[..NameKey.Write(name, nameKey)];
            if (nameKey.Length > key.Length && nameKey.EndsWith(key) && nameKey[^(key.Length + 1)] == ' ')
            {
                return _people[k];
            }
        }

        return null;
    }

    private (ResolvedActor Actor, int End)? ResolveAlias(AnalyzedSentence sentence, int first, int end)
    {
        for (var length = Math.Min(end - first, catalogue.MaxNameWords); length > 0; length--)
        {
            for (var start = end - length; start >= first; start--)
            {
                if (catalogue.FindName(_joiner.Joined(sentence, start, start + length)) is { } actor && !IsInsideLongerName(sentence, start))
                {
                    return (new ResolvedActor(actor.Name, actor.Type), start + length);
                }
            }
        }

        return null;
    }

    // "America" in "Latin America", "American" in "South American": a name word after another capitalised word
    // that is no title belongs to the longer name. The lemma keeps a capital only where the word is a name, not where
    // the sentence starts ("Senior U.S. officials").
    private bool IsInsideLongerName(AnalyzedSentence sentence, int start) =>
        start > 0 && sentence.Upos(start - 1) is "PROPN" or "ADJ" && char.IsUpper(sentence.Lemmas[start - 1][0])
        && !LinkerWords.LeadingTitles.Contains(sentence.Words[start - 1]) && catalogue.StateOfDemonym(sentence.Words[start - 1]) is null
        && ResolveAliasWord(sentence.Words[start - 1]) is null;

    private CatalogueActor? ResolveAliasWord(string word) => catalogue.FindName(word);

    private ResolvedActor? ResolveTitle(AnalyzedSentence sentence, int first, int end, string? role)
    {
        var state = StateIn(sentence, first, end);
        if (role is not null && state is not null
            && (role == "counterpart" ? CounterpartIn(sentence, first, state) : catalogue.FindOfficeHolder(role, state, published)) is { } holder)
        {
            return new ResolvedActor(holder, EntityType.Person);
        }

        // "the Russian deputy foreign minister": an office with several holders names no one person, so the
        // official stands for the state (corpus/README.md, titles with several holders).
        if (state is not null && RoleWords.HasSeveralHolders(role))
        {
            return new ResolvedActor(state, EntityType.Gpe);
        }

        // "the aide", "the Mexican academic": a role the article gave a person it named.
        var head = sentence.Words[end - 1];
        return first > 0 || sentence.Words[first].Equals("the", StringComparison.OrdinalIgnoreCase)
            ? MostMentioned(head, state)
            : null;
    }

    // "his Brazilian counterpart": whoever holds in that state the office that the office holder last named, in this
    // sentence before the phrase or earlier in the article, holds in theirs.
    private string? CounterpartIn(AnalyzedSentence sentence, int first, string state)
    {
        // Whole names first: "Yvan Gil" is known where "Gil" alone is not.
        for (var e = sentence.Entities.Length - 1; e >= 0; e--)
        {
            var entity = sentence.Entities[e];
            if (entity.EndWord <= first && ResolveName(sentence, entity.FirstWord, entity.EndWord, entity.Label) is { Type: EntityType.Person } person
                && CounterpartOf(person.Canonical, state) is { } counterpart)
            {
                return counterpart;
            }
        }

        for (var i = first - 1; i >= 0; i--)
        {
            if (sentence.Upos(i) == "PROPN" && ResolveName(sentence, i, i + 1, "PER") is { Type: EntityType.Person } named
                && CounterpartOf(named.Canonical, state) is { } counterpart)
            {
                return counterpart;
            }
        }

        for (var k = _people.Count - 1; k >= 0; k--)
        {
            if (CounterpartOf(_people[k].Canonical, state) is { } counterpart)
            {
                return counterpart;
            }
        }

        return null;
    }

    private string? CounterpartOf(string person, string state)
    {
        foreach (var office in catalogue.OfficesOf(person))
        {
            if (office.IsHeldOn(published) && office.State is { } own && own != state)
            {
                return catalogue.FindOfficeHolder(office.Role, state, published);
            }
        }

        return null;
    }

    // "the ministry" after "Russia's foreign ministry": the last body whose name ends in the noun.
    private ResolvedActor? RecentBodyNamed(AnalyzedSentence sentence, int first, int end)
    {
        if (end - first != 2 || !sentence.Words[first].Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var noun = sentence.Words[end - 1];
        return LastBody(body => body.Type == EntityType.Org && body.Canonical.EndsWith(" " + noun, StringComparison.OrdinalIgnoreCase));
    }

    private ResolvedActor? ResolveGroup(AnalyzedSentence sentence, int first, int end)
    {
        if (StateIn(sentence, first, end - 1) is { } state)
        {
            return new ResolvedActor(state, EntityType.Gpe);
        }

        // "his government", "the Bolsonaro administration": the state the person serves.
        for (var i = first; i < end - 1; i++)
        {
            var person = sentence.Words[i].ToLowerInvariant() is "his" or "her" ? (_people.Count > 0 ? _people[^1] : (ResolvedActor?)null)
                : sentence.Upos(i) == "PROPN" ? ResolveName(sentence, i, i + 1, "PER") : null;
            if (person is { Type: EntityType.Person } p && catalogue.Find(p.Canonical)?.State is { } served)
            {
                return new ResolvedActor(served, EntityType.Gpe);
            }
        }

        return null;
    }

    private string? StateIn(AnalyzedSentence sentence, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (catalogue.StateOfDemonym(sentence.Words[i]) is { } state && !IsInsideLongerName(sentence, i))
            {
                return state;
            }

            // The longest name from here, so "Costa Rica" is the country and not the surname "Costa".
            if (ResolveAlias(sentence, i, Math.Min(end, i + catalogue.MaxNameWords)) is { Actor.Type: EntityType.Gpe } place)
            {
                return place.Actor.Canonical;
            }
        }

        return null;
    }

    private void AddRole(string role, ResolvedActor person)
    {
        if (!_peopleByRole.TryGetValue(role, out var people))
        {
            _peopleByRole[role] = people = [];
        }

        people.Remove(person);
        people.Add(person);
    }

    // "the president" with several presidents in the article: the one the article is about, i.e. mentioned most;
    // among equals the latest.
    // "the Venezuelan president" is never the Russian one: a role phrase that names a state takes only people the
    // catalogue does not place in another.
    private ResolvedActor? MostMentioned(string role, string? state)
    {
        if (!_peopleByRole.TryGetValue(role, out var people))
        {
            return null;
        }

        ResolvedActor? best = null;
        foreach (var person in people)
        {
            if (state is not null && catalogue.Find(person.Canonical)?.State is { } served && served != state)
            {
                continue;
            }

            if (best is null || _mentions.GetValueOrDefault(person) >= _mentions.GetValueOrDefault(best.Value))
            {
                best = person;
            }
        }

        return best;
    }

    private void LearnRoles(AnalyzedSentence sentence, int first, int end, ResolvedActor person)
    {
        for (var i = Math.Max(0, first - 4); i < first; i++)
        {
            if (RoleWords.IsRoleNoun(sentence.Words[i]))
            {
                AddRole(sentence.Words[i], person);
            }
        }

        // An apposition after the name: "Ana Ruiz, a researcher at …".
        if (end < sentence.Count && sentence.Words[end] == ",")
        {
            for (var i = end + 1; i < Math.Min(sentence.Count, end + 6) && sentence.Words[i] != ","; i++)
            {
                if (RoleWords.IsRoleNoun(sentence.Words[i]))
                {
                    AddRole(sentence.Words[i], person);
                }
            }
        }
    }
}
