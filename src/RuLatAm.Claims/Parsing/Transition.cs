namespace RuLatAm.Claims.Parsing;

/// <summary>The moves of the arc-hybrid system (Kuhlmann et al. 2011), with the root token at the end of the buffer.</summary>
internal enum Transition
{
    /// <summary>Push the first buffer word onto the stack.</summary>
    Shift = 0,

    /// <summary>Pop the stack top and make it a dependent of the first buffer word.</summary>
    Left = 1,

    /// <summary>Pop the stack top and make it a dependent of the word below it.</summary>
    Right = 2,
}
