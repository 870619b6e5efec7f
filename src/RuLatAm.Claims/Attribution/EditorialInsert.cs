namespace RuLatAm.Claims.Attribution;

/// <summary>Square brackets inside a quotation: words the editor added ("[visited by the minister, ed.]"), not the speaker's.</summary>
internal static class EditorialInsert
{
    /// <summary>Whether <paramref name="span"/> lies inside square brackets within <paramref name="sentence"/>.</summary>
    public static bool Holds(string text, TextSpan sentence, TextSpan span)
    {
        if (span.Start <= sentence.Start || span.End >= sentence.End)
        {
            return false;
        }

        var open = text.LastIndexOf('[', span.Start - 1, span.Start - sentence.Start);
        if (open < 0 || text.IndexOf(']', open, span.Start - open) >= 0)
        {
            return false;
        }

        return text.IndexOf(']', span.End, sentence.End - span.End) >= 0;
    }
}
