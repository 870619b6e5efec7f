namespace RuLatAm.Claims.Dates;

/// <summary>Which way a stretch of time runs, and from where: "the past", "the previous", "the next", "the coming", "the following".</summary>
internal enum DateDirection : byte
{
    /// <summary>A length with no direction ("for two decades"): no value.</summary>
    None,

    /// <summary>"the past", "the last": back from the publication date.</summary>
    Past,

    /// <summary>"the previous", "the preceding": back from an earlier dated event.</summary>
    Previous,

    /// <summary>"the next": forward from the publication date for a future verb, else from an earlier dated event.</summary>
    Next,

    /// <summary>"the coming": forward from the publication date.</summary>
    Coming,

    /// <summary>"the following": forward from an earlier dated event.</summary>
    Following,
}
