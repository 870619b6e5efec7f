namespace RuLatAm.Claims.Tests.Dates;

/// <summary>A phrase a golden case expects: its text, its span in the input and its ISO value (null when it has none).</summary>
public sealed record DateSpecPhrase(string Text, int Start, int End, string? Value);
