namespace RuLatAm.Claims.Benchmarks;

/// <summary>A benchmark class whose operations each process a known number of tokens.</summary>
public interface ITokenCounted
{
    /// <summary>Tokens one operation processes, known once the class's global set-up has run.</summary>
    int TokenCount { get; }
}
