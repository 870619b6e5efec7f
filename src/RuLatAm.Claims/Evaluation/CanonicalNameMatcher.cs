using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace RuLatAm.Claims.Evaluation;

/// <summary>Decides whether two canonical names denote the same actor, by the rules of ANNOTATION.md section 5.2.</summary>
/// <remarks>
/// Names are compared lower-cased, without accents, punctuation or leading titles; the metonyms of section 3.1 map
/// to their state; and a name matches another whose last words it is ("Putin" matches "Vladimir Putin", but
/// "Fidel Castro" does not match "Raul Castro"). Thread-safe.
/// </remarks>
public static class CanonicalNameMatcher
{
    private static readonly FrozenSet<string> s_titles = new[]
    {
        "president", "minister", "secretary", "general", "mr", "mrs", "ms", "dr", "sir", "senator", "sen", "king",
        "queen", "prince", "pope", "chancellor", "governor", "gov", "ambassador", "spokesman", "spokeswoman",
        "spokesperson", "premier", "gen", "col", "adm", "lt", "chairman", "leader", "aide",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words that are part of a title only before one ("Foreign Minister", "Vice President"): on their own they
    // begin names ("Foreign Ministry", "Prime Minister's Office") and must stay.
    private static readonly FrozenSet<string> s_titleQualifiers = new[]
    {
        "vice", "prime", "foreign", "deputy", "former", "first", "acting", "supreme", "presidential", "defense", "defence",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> s_metonyms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["kremlin"] = "russia",
        ["moscow"] = "russia",
        ["washington"] = "united states",
        ["white house"] = "united states",
        ["havana"] = "cuba",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> name the same actor.</summary>
    /// <param name="a">One canonical name.</param>
    /// <param name="b">The other.</param>
    /// <returns>True when they match; false when either is null or empty.</returns>
    public static bool Matches(string? a, string? b)
    {
        if (string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b))
        {
            return false;
        }

        var x = Normalize(a);
        var y = Normalize(b);
        if (x.Length == 0 || y.Length == 0)
        {
            return false;
        }

        return x.SequenceEqual(y) || IsSuffix(x, y) || IsSuffix(y, x);
    }

    /// <summary>The comparison form of a name: lower-case words without accents, punctuation or leading titles, metonyms mapped.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The words of the name.</returns>
    public static string[] Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        // Decomposition strips accents where ICU is present; the folding table does it where it is not.
        var decomposed = Decomposition.Of(name);
        var plain = new StringBuilder(decomposed.Length);
        foreach (var original in decomposed)
        {
            var c = LatinAccents.Fold(original);
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '.' or '\'' or '\u2019')
            {
                continue;
            }

            plain.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        var words = plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 0 && words[0] == "the")
        {
            words.RemoveAt(0);
        }

        words.RemoveRange(0, LeadingTitleLength(words));

        var joined = string.Join(' ', words);
        return s_metonyms.TryGetValue(joined, out var state) ? state.Split(' ') : [.. words];
    }

    // The longest run of title words at the start that ends in a title proper and leaves at least one word.
    private static int LeadingTitleLength(List<string> words)
    {
        var length = 0;
        for (var i = 0; i < words.Count - 1 && (s_titles.Contains(words[i]) || s_titleQualifiers.Contains(words[i])); i++)
        {
            if (s_titles.Contains(words[i]))
            {
                length = i + 1;
            }
        }

        return length;
    }

    private static bool IsSuffix(string[] shorter, string[] longer)
    {
        if (shorter.Length >= longer.Length)
        {
            return false;
        }

        var offset = longer.Length - shorter.Length;
        for (var i = 0; i < shorter.Length; i++)
        {
            if (shorter[i] != longer[offset + i])
            {
                return false;
            }
        }

        return true;
    }
}
