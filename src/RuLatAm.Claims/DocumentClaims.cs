namespace RuLatAm.Claims;

/// <summary>The claims of one document, in order of appearance.</summary>
/// <param name="DocumentId">The document's id.</param>
/// <param name="Claims">The claims, ordered by the start of their action.</param>
public sealed record DocumentClaims(string DocumentId, IReadOnlyList<Claim> Claims)
{
    /// <summary>A document with no claims.</summary>
    /// <param name="documentId">The document's id.</param>
    public static DocumentClaims Empty(string documentId) => new(documentId, []);
}
