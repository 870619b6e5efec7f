using System.Text;

namespace RuLatAm.Claims.Evaluation;

/// <summary>Canonical decomposition (NFD) that never throws on text scraped from the web.</summary>
internal static class Decomposition
{
    /// <summary>
    /// The decomposed text; text that <see cref="string.Normalize(NormalizationForm)"/> rejects (a lone surrogate, a
    /// noncharacter) comes back as it is.
    /// </summary>
    public static string Of(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }
}
