using RuLatAm.Claims.Linking;

namespace RuLatAm.Claims;

/// <summary>Settings of a <see cref="ClaimExtractor"/>; immutable.</summary>
public sealed record ClaimExtractorOptions
{
    /// <summary>The defaults: furniture removed, the built-in catalogue, texts up to 2,000,000 characters.</summary>
    public static ClaimExtractorOptions Default { get; } = new();

    /// <summary>The longest text <see cref="ClaimExtractor.Extract"/> accepts, in UTF-16 code units. Default 2,000,000.</summary>
    public int MaxInputLength { get; init; } = 2_000_000;

    /// <summary>Whether navigation, appeals, bylines, headlines and repeated captions are removed first. Default true.</summary>
    public bool RemovePageFurniture { get; init; } = true;

    /// <summary>The actor catalogue to link mentions to; null for the built-in one.</summary>
    public ActorCatalogue? Catalogue { get; init; }
}
