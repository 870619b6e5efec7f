using System.Collections.Frozen;
using System.Globalization;
using RuLatAm.Claims.Evaluation;
using RuLatAm.Claims.Linking;

namespace RuLatAm.Claims.Entities;

/// <summary>Marks the words of a sentence that spell a name of the actor catalogue, with the name's entity type.</summary>
/// <remarks>
/// The recognizer sees only "the catalogue calls these words a PER/ORG/LOC name", never the names themselves, so
/// the same model works with whatever names the catalogue holds, and with none. Matching ignores case, accents and
/// dots; the first and last word of a match must be capitalised, as names in news are. Immutable and thread-safe.
/// </remarks>
internal sealed class EntityGazetteer
{
    private const int MaxWords = 6;

    private static readonly Lazy<EntityGazetteer> s_default = new(LoadCatalogue);

    private readonly FrozenDictionary<ulong, byte> _names;
    private readonly int _maxWords;

    /// <summary>Builds a gazetteer from names and their labels (PER, ORG or LOC).</summary>
    public EntityGazetteer(IEnumerable<(string Name, string Label)> names)
    {
        var byHash = new Dictionary<ulong, byte>();
        foreach (var (name, label) in names)
        {
            // "the State Department" is written with a lower-case article mid-sentence: match the name without it.
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 1 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                words = words[1..];
            }

            if (words.Length is 0 or > MaxWords)
            {
                continue;
            }

            var hash = FeatureHash.Empty;
            foreach (var word in words)
            {
                hash = FeatureHash.Combine(hash, KeyHash(word));
            }

            if (byHash.TryAdd(hash, BeginTag(label)))
            {
                _maxWords = Math.Max(_maxWords, words.Length);
            }
        }

        _names = byHash.ToFrozenDictionary();
    }

    /// <summary>The gazetteer of the built-in actor catalogue.</summary>
    public static EntityGazetteer Default => s_default.Value;

    /// <summary>Whether the gazetteer knows no name at all; then it marks nothing.</summary>
    public bool IsEmpty => _names.Count == 0;

    /// <summary>Number of names.</summary>
    public int Count => _names.Count;

    /// <summary>Writes a BIO tag (see <see cref="BioTags"/>) per word: longest matches first, left to right, no overlaps.</summary>
    public void Mark(IReadOnlyList<string> words, Span<byte> tags)
    {
        tags.Clear();
        if (IsEmpty)
        {
            return;
        }

        Span<ulong> chain = stackalloc ulong[MaxWords];
        var i = 0;
        while (i < words.Count)
        {
            var tag = BioTags.Outside;
            var length = IsCapitalised(words[i]) ? LongestMatch(words, i, chain, out tag) : 0;
            if (length == 0)
            {
                i++;
                continue;
            }

            tags[i] = (byte)tag;
            for (var k = 1; k < length; k++)
            {
                tags[i + k] = (byte)(tag + 1);
            }

            i += length;
        }
    }

    private int LongestMatch(IReadOnlyList<string> words, int first, Span<ulong> chain, out int tag)
    {
        var limit = Math.Min(_maxWords, words.Count - first);
        var hash = FeatureHash.Empty;
        for (var k = 0; k < limit; k++)
        {
            hash = FeatureHash.Combine(hash, KeyHash(words[first + k]));
            chain[k] = hash;
        }

        for (var k = limit - 1; k >= 0; k--)
        {
            if (IsCapitalised(words[first + k]) && _names.TryGetValue(chain[k], out var found))
            {
                tag = found;
                return k + 1;
            }
        }

        tag = BioTags.Outside;
        return 0;
    }

    private static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    private static byte BeginTag(string label) => label switch
    {
        "PER" => 1,
        "ORG" => 3,
        "LOC" => 5,
        _ => throw new ArgumentException($"'{label}' is not PER, ORG or LOC.", nameof(label)),
    };

    /// <summary>The hash of a word's lookup form: lower-case, without dots or accents.</summary>
    private static ulong KeyHash(string word)
    {
        var hash = FeatureHash.Empty;
        foreach (var c in word)
        {
            if (c > '\u007f')
            {
                return KeyHashFolded(word);
            }

            if (c != '.')
            {
                hash = FeatureHash.Add(hash, char.ToLowerInvariant(c));
            }
        }

        return hash;
    }

    private static ulong KeyHashFolded(string word)
    {
        var hash = FeatureHash.Empty;
        foreach (var c in Decomposition.Of(word))
        {
            if (c != '.' && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                hash = FeatureHash.Add(hash, c == '\u2019' ? '\'' : char.ToLowerInvariant(c));
            }
        }

        return hash;
    }

    private static EntityGazetteer LoadCatalogue()
    {
        var names = new List<(string, string)>();
        foreach (var state in CatalogueFile.Read<CatalogueFile.StateEntry>("RuLatAm.Claims.states.json"))
        {
            names.Add((state.Name, "LOC"));
            names.AddRange((state.Aliases ?? []).Select(a => (a, "LOC")));
            if (state.Capital is { } capital)
            {
                names.Add((capital, "LOC"));
            }
        }

        foreach (var person in CatalogueFile.Read<CatalogueFile.PersonEntry>("RuLatAm.Claims.people.json"))
        {
            names.Add((person.Name, "PER"));
            names.AddRange((person.Aliases ?? []).Concat(person.Misspellings ?? []).Select(a => (a, "PER")));
        }

        foreach (var file in (ReadOnlySpan<string>)["RuLatAm.Claims.organisations.json", "RuLatAm.Claims.media.json"])
        {
            foreach (var organisation in CatalogueFile.Read<CatalogueFile.OrganisationEntry>(file))
            {
                names.Add((organisation.Name, "ORG"));
                names.AddRange((organisation.Aliases ?? []).Select(a => (a, "ORG")));
            }
        }

        return new EntityGazetteer(names);
    }
}
