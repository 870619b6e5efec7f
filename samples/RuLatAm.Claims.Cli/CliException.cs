namespace RuLatAm.Claims.Cli;

/// <summary>A problem the user can fix (a missing folder, a bad date): printed as one line, never with a stack trace.</summary>
internal sealed class CliException(string message) : Exception(message);
