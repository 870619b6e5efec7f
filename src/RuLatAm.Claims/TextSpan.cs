namespace RuLatAm.Claims;

/// <summary>A span of the caller's text: UTF-16 code-unit offsets, <see cref="End"/> exclusive.</summary>
/// <param name="Start">Offset of the first code unit.</param>
/// <param name="End">Offset one past the last code unit.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of code units in the span.</summary>
    public int Length => End - Start;

    /// <summary>Whether the two spans share at least one code unit.</summary>
    /// <param name="other">The span to compare with.</param>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>Whether <paramref name="other"/> lies wholly inside this span.</summary>
    /// <param name="other">The span to test.</param>
    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    /// <summary>The characters of <paramref name="text"/> that the span covers.</summary>
    /// <param name="text">The text the span points into.</param>
    public string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Start, Length);
    }
}
