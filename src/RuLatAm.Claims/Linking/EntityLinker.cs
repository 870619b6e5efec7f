using RuLatAm.Claims.Analysis;

namespace RuLatAm.Claims.Linking;

/// <summary>
/// Resolves mentions inside one article to canonical actors: full names, last names already seen, aliases,
/// metonyms, titles held on the publication date, group actors ("U.S. officials") and pronouns.
/// </summary>
/// <remarks>Holds the article's discourse memory, so one instance serves one article on one thread.</remarks>
internal sealed class EntityLinker(ActorCatalogue catalogue, DateOnly published)
{
    private static readonly HashSet<string> s_groupNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "officials", "official", "government", "authorities", "diplomats", "ambassadors", "ambassador", "leadership",
        "administration", "forces", "troops", "military", "embassy", "delegation", "side",
    };

    private static readonly Dictionary<string, string> s_roleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["president"] = "head-of-state",
        ["foreign minister"] = "foreign-minister",
        ["secretary of state"] = "foreign-minister",
        ["prime minister"] = "head-of-government",
        ["premier"] = "head-of-government",
        ["defense minister"] = "defense-minister",
        ["defence minister"] = "defense-minister",
        ["vice president"] = "vice-president",
    };

    private readonly List<ResolvedActor> _people = [];
    private readonly List<ResolvedActor> _bodies = [];
    private readonly Dictionary<string, string> _fullNameByLastName = new(StringComparer.Ordinal);

    public ActorCatalogue Catalogue => catalogue;

    /// <summary>Remembers the named entities of a sentence so later last names and pronouns resolve to them.</summary>
    public void Observe(AnalyzedSentence sentence)
    {
        foreach (var entity in sentence.Entities)
        {
            if (ResolveName(sentence, entity.FirstWord, entity.EndWord, entity.Label) is { } actor)
            {
                Remember(actor);
            }
        }
    }

    public void Remember(ResolvedActor actor)
    {
        var list = actor.Type == EntityType.Person ? _people : _bodies;
        list.Remove(actor);
        list.Add(actor);
        if (actor.Type == EntityType.Person)
        {
            var key = NameKey.Of(actor.Canonical);
            var last = key[(key.LastIndexOf(' ') + 1)..];
            _fullNameByLastName.TryAdd(last, actor.Canonical);
        }
    }

    /// <summary>Resolves the noun phrase over words [first, end) of a sentence, or returns null.</summary>
    public ResolvedActor? Resolve(AnalyzedSentence sentence, int first, int end)
    {
        if (end - first == 1 && sentence.Upos(first) == "PRON")
        {
            return ResolvePronoun(sentence.Words[first]);
        }

        foreach (var entity in sentence.Entities)
        {
            if (entity.FirstWord >= first && entity.EndWord <= end && entity.EndWord == end
                && ResolveName(sentence, entity.FirstWord, entity.EndWord, entity.Label) is { } named)
            {
                return named;
            }
        }

        return ResolveLongestAlias(sentence, first, end) ?? ResolveTitle(sentence, first, end) ?? ResolveGroup(sentence, first, end);
    }

    private ResolvedActor? ResolvePronoun(string pronoun) => pronoun.ToLowerInvariant() switch
    {
        "he" or "she" or "him" or "her" or "his" => _people.Count > 0 ? _people[^1] : null,
        "it" or "its" => _bodies.Count > 0 ? _bodies[^1] : null,
        _ => null,
    };

    private ResolvedActor? ResolveName(AnalyzedSentence sentence, int first, int end, string label)
    {
        var text = string.Join(' ', sentence.Words[first..end]);
        if (ResolveLongestAlias(sentence, first, end) is { } known && NameKey.Of(text).EndsWith(NameKey.Of(known.Canonical)[(NameKey.Of(known.Canonical).LastIndexOf(' ') + 1)..], StringComparison.Ordinal))
        {
            return known;
        }

        var key = NameKey.Of(text);
        if (end - first == 1 && _fullNameByLastName.TryGetValue(key, out var full))
        {
            return new ResolvedActor(full, EntityType.Person);
        }

        if (catalogue.FindKey(key) is { } actor)
        {
            return new ResolvedActor(actor.Name, actor.Type);
        }

        var type = label switch
        {
            "PER" => EntityType.Person,
            "LOC" => EntityType.Gpe,
            _ => EntityType.Org,
        };
        return new ResolvedActor(text, type);
    }

    private ResolvedActor? ResolveLongestAlias(AnalyzedSentence sentence, int first, int end)
    {
        for (var length = Math.Min(end - first, catalogue.MaxNameWords); length > 0; length--)
        {
            for (var start = end - length; start >= first; start--)
            {
                var key = NameKey.Of(string.Join(' ', sentence.Words[start..(start + length)]));
                if (catalogue.FindKey(key) is { } actor)
                {
                    return new ResolvedActor(actor.Name, actor.Type);
                }
            }
        }

        return null;
    }

    private ResolvedActor? ResolveTitle(AnalyzedSentence sentence, int first, int end)
    {
        var phrase = string.Join(' ', sentence.Words[first..end]);
        foreach (var (words, role) in s_roleWords)
        {
            if (!phrase.EndsWith(words, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var state = StateIn(sentence, first, end);
            if (state is not null && catalogue.FindOfficeHolder(role, state, published) is { } holder)
            {
                return new ResolvedActor(holder, EntityType.Person);
            }
        }

        return null;
    }

    private ResolvedActor? ResolveGroup(AnalyzedSentence sentence, int first, int end)
    {
        if (!s_groupNouns.Contains(sentence.Words[end - 1]))
        {
            return null;
        }

        return StateIn(sentence, first, end - 1) is { } state ? new ResolvedActor(state, EntityType.Gpe) : null;
    }

    private string? StateIn(AnalyzedSentence sentence, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            var word = sentence.Words[i];
            if (catalogue.StateOfDemonym(word) is { } state)
            {
                return state;
            }

            if (catalogue.Find(word) is { Kind: "state" } actor)
            {
                return actor.Name;
            }
        }

        return null;
    }
}
