namespace RuLatAm.Claims;

/// <summary>How firmly the text asserts a claim (ANNOTATION.md section 3.7); negation wins over the others.</summary>
public enum Modality
{
    /// <summary>Happened or happens.</summary>
    Asserted,

    /// <summary>Will, is to, is expected to, is scheduled to, plans to.</summary>
    Planned,

    /// <summary>Could, may, might, hopes to, wants to.</summary>
    Possible,

    /// <summary>Did not, will not, refused to.</summary>
    Negated,
}
