namespace RuLatAm.Claims.Linking;

/// <summary>A term in office.</summary>
/// <param name="Holder">The canonical name of the person.</param>
/// <param name="Role">head-of-state, foreign-minister …</param>
/// <param name="Title">The title as news writes it ("President", "Secretary of State").</param>
/// <param name="State">The state, or null for an office in an organisation.</param>
/// <param name="Organisation">The organisation, or null for a state office.</param>
/// <param name="From">First day in office.</param>
/// <param name="To">Last day in office, or null for the incumbent.</param>
internal sealed record Office(string Holder, string Role, string Title, string? State, string? Organisation, DateOnly From, DateOnly? To)
{
    /// <summary>The words of the title, split once rather than whenever the holder is mentioned.</summary>
    public string[] TitleWords { get; } = Title.Split(' ');

    public bool IsHeldOn(DateOnly date) => From <= date && (To is null || date <= To);
}
