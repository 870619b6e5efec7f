using RuLatAm.Claims.Dates;

namespace RuLatAm.Claims.Building;

/// <summary>A predicate of the tree: the verb that takes the arguments, the verb that carries the content, and the action words.</summary>
/// <param name="Top">The chain's top verb: its subject is the actor ("expected" in "is expected to meet").</param>
/// <param name="Content">The content verb, whose lemma the claim carries ("meet").</param>
/// <param name="First">First word of the action text.</param>
/// <param name="End">One past the last word of the action text.</param>
/// <param name="Lemma">The content verb's lemma.</param>
/// <param name="Modality">Modality read off the chain.</param>
/// <param name="Tense">Tense read off the chain.</param>
internal sealed record Predicate(int Top, int Content, int First, int End, string Lemma, Modality Modality, Tense Tense);
