using System.Globalization;

namespace RuLatAm.Claims.Linking;

/// <summary>The lookup form of a name: lower-case, accents and dots removed, curly apostrophes straightened, "&amp;" read as "and", spaces folded.</summary>
internal static class NameKey
{
    /// <summary>Names up to this long have keys of at most <see cref="StackKeyLength"/> characters, small enough to build on the stack.</summary>
    public const int StackNameLength = 64;

    /// <summary>The longest key of a name of <see cref="StackNameLength"/> characters.</summary>
    public const int StackKeyLength = 4 * StackNameLength;

    public static string Of(ReadOnlySpan<char> name)
    {
        Span<char> key = name.Length <= StackNameLength ? stackalloc char[StackKeyLength] : new char[MaxLength(name.Length)];
        return new string(key[..Write(name, key)]);
    }

    /// <summary>The longest key a name of <paramref name="nameLength"/> characters can have: "&amp;" grows to " and ".</summary>
    public static int MaxLength(int nameLength) => 4 * nameLength;

    /// <summary>Writes the key of <paramref name="name"/> to <paramref name="key"/>, at least <see cref="MaxLength"/> long; returns its length.</summary>
    public static int Write(ReadOnlySpan<char> name, Span<char> key)
    {
        var length = 0;
        var space = false;
        // Folded by table, not Normalize(FormD): that needs ICU, which invariant-globalization hosts lack.
        foreach (var c in name)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c == '.')
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || c is '-' or '\u2011')
            {
                space = length > 0;
                continue;
            }

            if (space)
            {
                key[length++] = ' ';
                space = false;
            }

            if (c == '&')
            {
                // "Trinidad & Tobago" and "Trinidad and Tobago" are one name.
                var and = length > 0 && key[length - 1] != ' ' ? " and" : "and";
                and.CopyTo(key[length..]);
                length += and.Length;
                space = true;
                continue;
            }

            key[length++] = c == '\u2019' ? '\'' : char.ToLowerInvariant(Evaluation.LatinAccents.Fold(c));
        }

        return length;
    }
}
