namespace RuLatAm.Claims;

/// <summary>One assertion of an article: who did or said what to whom, when, according to whom (ANNOTATION.md).</summary>
/// <param name="Kind">Event or statement.</param>
/// <param name="Actor">The agent.</param>
/// <param name="Action">The predicate.</param>
/// <param name="Target">The party or thing acted on, or null.</param>
/// <param name="Date">The stated time of the predicate, or null.</param>
/// <param name="Source">Who the claim is attributed to, or null for narration.</param>
/// <param name="Quote">What a statement says, or null.</param>
/// <param name="Modality">How firmly the claim is asserted.</param>
/// <param name="Evidence">The sentence that holds the claim.</param>
/// <remarks>Every span is a UTF-16 offset range into the text given to the extractor.</remarks>
public sealed record Claim(
    ClaimKind Kind,
    ActorMention Actor,
    ActionMention Action,
    TargetMention? Target,
    DateMention? Date,
    SourceMention? Source,
    QuoteMention? Quote,
    Modality Modality,
    EvidenceSpan Evidence);
