namespace RuLatAm.Claims.Tagging;

/// <summary>How a word is capitalised; a feature of the tagger and the lemmatizer.</summary>
internal enum WordCase : byte
{
    /// <summary>No letters at all ("1990", ",").</summary>
    NoLetters,

    /// <summary>Only lower-case letters ("minister").</summary>
    Lower,

    /// <summary>An upper-case first letter and no other capitals ("Lima", "A").</summary>
    Initial,

    /// <summary>Two or more letters, all capitals ("NATO").</summary>
    Upper,

    /// <summary>Any other mix ("iPhone", "McCain").</summary>
    Mixed,
}
