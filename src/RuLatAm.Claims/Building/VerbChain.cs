using RuLatAm.Claims.Dates;

namespace RuLatAm.Claims.Building;

/// <summary>A predicate: auxiliaries, modals, negation and control verbs around one content verb.</summary>
/// <param name="First">Index of the chain's first word.</param>
/// <param name="Content">Index of the content verb.</param>
/// <param name="End">Index one past the chain's last word.</param>
/// <param name="Lemma">The content verb's lemma.</param>
/// <param name="Modality">Modality read off the chain.</param>
/// <param name="Tense">Tense read off the chain.</param>
internal sealed record VerbChain(int First, int Content, int End, string Lemma, Modality Modality, Tense Tense);
