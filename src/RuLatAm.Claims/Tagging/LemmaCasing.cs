namespace RuLatAm.Claims.Tagging;

/// <summary>How a lemma's letters are cased relative to the word it comes from.</summary>
internal enum LemmaCasing : byte
{
    /// <summary>Lower-case the word first ("The" gives "the").</summary>
    Lower,

    /// <summary>Keep the word's casing ("Lima" gives "Lima").</summary>
    Keep,

    /// <summary>Capitalise the first letter and keep the rest ("google" as a name gives "Google").</summary>
    CapitaliseFirst,

    /// <summary>Capitalise the first letter and lower-case the rest ("TEHRAN" gives "Tehran").</summary>
    Title,
}
