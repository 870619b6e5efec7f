namespace RuLatAm.Claims.Analysis;

/// <summary>One <typeparamref name="T"/> per thread, grown as sentences need, so that a stage allocates only its result.</summary>
/// <remarks>
/// An unusually long sentence gets arrays of its own rather than pinning large ones to the thread. The same object
/// comes back on every call of a thread: use it for one sentence, then let go of it.
/// </remarks>
internal static class ThreadScratch<T>
    where T : class, ISentenceScratch
{
    private const int MaxPooledLength = 512;
    private const int FirstCapacity = 32;

    [ThreadStatic]
    private static T? t_scratch;

    /// <summary>Room for <paramref name="count"/> words.</summary>
    /// <param name="count">Words in the sentence.</param>
    /// <param name="create">Makes an instance with room for the given number of words.</param>
    public static T For(int count, Func<int, T> create)
    {
        if (count > MaxPooledLength)
        {
            return create(count);
        }

        if (t_scratch is null || t_scratch.Capacity < count)
        {
            t_scratch = create(Math.Min(MaxPooledLength, Math.Max(count, 2 * (t_scratch?.Capacity ?? FirstCapacity))));
        }

        return t_scratch;
    }
}
