namespace RuLatAm.Claims;

/// <summary>The predicate of a claim.</summary>
/// <param name="Text">The predicate as written, with auxiliaries, modals and negation ("will first meet with").</param>
/// <param name="Lemma">The lemma of the content verb ("meet").</param>
/// <param name="Span">Where the predicate stands in the input; it always covers the content verb.</param>
public sealed record ActionMention(string Text, string Lemma, TextSpan Span);
