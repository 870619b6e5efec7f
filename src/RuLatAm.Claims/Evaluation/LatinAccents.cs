namespace RuLatAm.Claims.Evaluation;

/// <summary>Removes accents from Latin letters without ICU.</summary>
/// <remarks>
/// Hosts that run with invariant globalization (the console does) get <see cref="string.Normalize(System.Text.NormalizationForm)"/>
/// back unchanged for "é", so names would stop matching their unaccented spelling there. This table gives the same
/// base letters as canonical decomposition for U+00C0 to U+017F, which holds the letters of Spanish, Portuguese and
/// French names. Thread-safe.
/// </remarks>
internal static class LatinAccents
{
    private const char First = '\u00C0';

    // Row by row, 32 characters each from U+00C0; a character without a decomposition stands for itself.
    private const string Bases =
        "AAAAAAÆCEEEEIIIIÐNOOOOO×ØUUUUYÞß" +
        "aaaaaaæceeeeiiiiðnooooo÷øuuuuyþy" +
        "AaAaAaCcCcCcCcDdĐđEeEeEeEeEeGgGg" +
        "GgGgHhĦħIiIiIiIiIıĲĳJjKkĸLlLlLlĿ" +
        "ŀŁłNnNnNnŉŊŋOoOoOoŒœRrRrRrSsSsSs" +
        "SsTtTtŦŧUuUuUuUuUuUuWwYyYZzZzZzſ";

    /// <summary>The letter without its accent, or the character itself when it has none or lies outside the table.</summary>
    public static char Fold(char c) => c >= First && c - First < Bases.Length ? Bases[c - First] : c;
}
