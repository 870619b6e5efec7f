namespace RuLatAm.Claims.Tokenization;

/// <summary>A token: a span of the input text, never a copy of it.</summary>
/// <param name="Start">Offset of the token's first code unit.</param>
/// <param name="End">Offset one past its last code unit.</param>
public readonly record struct Token(int Start, int End)
{
    /// <summary>Number of code units in the token.</summary>
    public int Length => End - Start;

    /// <summary>The token as a span of <paramref name="text"/>.</summary>
    /// <param name="text">The text the token was read from.</param>
    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, Length);
}
