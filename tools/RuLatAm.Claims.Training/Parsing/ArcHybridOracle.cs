using RuLatAm.Claims.Parsing;

namespace RuLatAm.Claims.Training.Parsing;

/// <summary>
/// The dynamic oracle of the arc-hybrid system (Goldberg and Nivre 2013): how many gold arcs a transition makes
/// unreachable from the current state. Exact for projective gold trees, which <see cref="Projectivizer"/> provides.
/// </summary>
internal static class ArcHybridOracle
{
    public const int Invalid = int.MaxValue;

    /// <summary>The cost of <paramref name="transition"/>; <see cref="Invalid"/> when it cannot be applied.</summary>
    /// <param name="state">The configuration.</param>
    /// <param name="transition">The transition.</param>
    /// <param name="gold">Projective gold heads; the root word's head is the root index, <c>state.Count</c>.</param>
    public static int Cost(ParseState state, Transition transition, int[] gold)
    {
        if (!state.IsValid(transition))
        {
            return Invalid;
        }

        var n = state.Count;
        var b = state.BufferFront;
        var s0 = state.Stack(0);
        switch (transition)
        {
            case Transition.Left:
            {
                // s0 leaves for b: it loses a head that is s1 or further in the buffer, and its children in the buffer.
                var cost = gold[s0] != b && (gold[s0] == state.Stack(1) || gold[s0] > b) ? 1 : 0;
                return cost + ChildrenInBuffer(gold, s0, b, n);
            }

            case Transition.Right:
            {
                var cost = gold[s0] >= b ? 1 : 0;
                return cost + ChildrenInBuffer(gold, s0, b, n);
            }

            default:
            {
                // b goes onto the stack: it can no longer take children from the stack, nor a head below s0.
                var cost = 0;
                for (var depth = 0; depth < state.StackSize; depth++)
                {
                    var k = state.Stack(depth);
                    if (gold[k] == b)
                    {
                        cost++;
                    }

                    if (depth > 0 && gold[b] == k)
                    {
                        cost++;
                    }
                }

                return cost;
            }
        }
    }

    private static int ChildrenInBuffer(int[] gold, int word, int bufferFront, int n)
    {
        var count = 0;
        for (var d = bufferFront; d < n; d++)
        {
            if (gold[d] == word)
            {
                count++;
            }
        }

        return count;
    }
}
