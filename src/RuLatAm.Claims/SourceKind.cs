namespace RuLatAm.Claims;

/// <summary>How a claim is attributed to its source (ANNOTATION.md section 3.5).</summary>
public enum SourceKind
{
    /// <summary>The source's words are in quotation marks.</summary>
    Direct,

    /// <summary>Reported speech without quotation marks.</summary>
    Indirect,

    /// <summary>"According to X", "X reports", "X was cited by Y as saying".</summary>
    AccordingTo,
}
