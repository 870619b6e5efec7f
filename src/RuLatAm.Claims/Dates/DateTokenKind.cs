namespace RuLatAm.Claims.Dates;

/// <summary>What a <see cref="DateToken"/> holds.</summary>
internal enum DateTokenKind : byte
{
    /// <summary>A run of letters, possibly ending in a possessive "'s".</summary>
    Word,

    /// <summary>A run of ASCII digits, possibly with an ordinal suffix ("15th") or a decade "s" ("1990s").</summary>
    Number,

    /// <summary>Any other single character.</summary>
    Punctuation,
}
