namespace RuLatAm.Claims;

/// <summary>What a claim asserts (ANNOTATION.md section 2).</summary>
public enum ClaimKind
{
    /// <summary>An actor did, does, will or may do something.</summary>
    Event,

    /// <summary>An actor said something.</summary>
    Statement,
}
