using System.Globalization;
using System.Text;

namespace RuLatAm.Claims.Linking;

/// <summary>The lookup form of a name: lower-case, accents and dots removed, curly apostrophes straightened, "&amp;" read as "and", spaces folded.</summary>
internal static class NameKey
{
    public static string Of(ReadOnlySpan<char> name)
    {
        var builder = new StringBuilder(name.Length);
        var space = false;
        foreach (var c in name.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c == '.')
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || c is '-' or '\u2011')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            if (c == '&')
            {
                // "Trinidad & Tobago" and "Trinidad and Tobago" are one name.
                builder.Append(builder.Length > 0 && builder[^1] != ' ' ? " and" : "and");
                space = true;
                continue;
            }

            builder.Append(c == '\u2019' ? '\'' : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
