namespace RuLatAm.Claims.Training;

/// <summary>Runs a command's body and turns every failure into one line on stderr and a non-zero exit code.</summary>
internal static class CommandRunner
{
    public const int Failure = 1;

    public static async Task<int> RunAsync(Func<CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        try
        {
            return await body(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("cancelled").ConfigureAwait(false);
            return 130;
        }
#pragma warning disable CA1031 // The tool's last line of defence: one line, never a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await Console.Error.WriteLineAsync($"error: {e.GetType().Name}: {e.Message}").ConfigureAwait(false);
            return Failure;
        }
    }
}
