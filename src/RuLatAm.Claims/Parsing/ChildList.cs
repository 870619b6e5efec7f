using System.Collections;

namespace RuLatAm.Claims.Parsing;

/// <summary>The children of one word, in word order: a slice of the tree's child array.</summary>
/// <remarks>
/// <see cref="Any{TState}"/> and <see cref="FirstOrDefault{TState}"/> do what LINQ's do, but without boxing the list
/// and its enumerator, and with the test's state passed in so that a static lambda allocates no closure: claim
/// building asks them of nearly every word it reads.
/// </remarks>
internal readonly struct ChildList(int[] children, int start, int count) : IReadOnlyList<int>
{
    public int Count => count;

    public int this[int index] => children[start + index];

    public bool Any<TState>(TState state, Func<TState, int, bool> predicate)
    {
        foreach (var child in this)
        {
            if (predicate(state, child))
            {
                return true;
            }
        }

        return false;
    }

    public int FirstOrDefault<TState>(TState state, Func<TState, int, bool> predicate, int defaultValue)
    {
        foreach (var child in this)
        {
            if (predicate(state, child))
            {
                return child;
            }
        }

        return defaultValue;
    }

    public ArraySegment<int>.Enumerator GetEnumerator() => new ArraySegment<int>(children, start, count).GetEnumerator();

    IEnumerator<int> IEnumerable<int>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
