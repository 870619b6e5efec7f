namespace RuLatAm.Claims.Cli.Input;

/// <summary>An article file and what is known about it.</summary>
/// <param name="Path">The text file.</param>
/// <param name="Info">Its document id and publication date.</param>
internal sealed record Article(string Path, DocumentInfo Info);
