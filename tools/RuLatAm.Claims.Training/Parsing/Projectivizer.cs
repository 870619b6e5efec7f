namespace RuLatAm.Claims.Training.Parsing;

/// <summary>
/// Makes a tree projective by lifting: the shortest crossing arc moves up to its head's head until none cross.
/// Relations stay as they were; the parser, which builds projective trees only, learns from the lifted arcs.
/// </summary>
internal static class Projectivizer
{
    /// <summary>Projective heads for <paramref name="heads"/> (0-based, the root's head is <paramref name="heads"/>.Length).</summary>
    public static int[] Lift(int[] heads)
    {
        var result = (int[])heads.Clone();
        while (true)
        {
            var worst = -1;
            var worstLength = int.MaxValue;
            for (var d = 0; d < result.Length; d++)
            {
                var h = result[d];
                var length = Math.Abs(h - d);
                if (h < result.Length && length < worstLength && !IsProjective(result, h, d))
                {
                    worst = d;
                    worstLength = length;
                }
            }

            if (worst < 0)
            {
                return result;
            }

            result[worst] = result[result[worst]];
        }
    }

    public static bool IsProjective(int[] heads)
    {
        for (var d = 0; d < heads.Length; d++)
        {
            if (heads[d] < heads.Length && !IsProjective(heads, heads[d], d))
            {
                return false;
            }
        }

        return true;
    }

    // An arc is projective when every word strictly between its ends descends from its head.
    private static bool IsProjective(int[] heads, int head, int dependent)
    {
        var from = Math.Min(head, dependent) + 1;
        var to = Math.Max(head, dependent);
        for (var i = from; i < to; i++)
        {
            var k = i;
            var steps = 0;
            while (k != head && k < heads.Length && steps++ <= heads.Length)
            {
                k = heads[k];
            }

            if (k != head)
            {
                return false;
            }
        }

        return true;
    }
}
