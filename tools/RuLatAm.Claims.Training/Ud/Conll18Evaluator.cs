using System.Diagnostics;

namespace RuLatAm.Claims.Training.Ud;

/// <summary>Runs the official CoNLL 2018 shared-task evaluator (<c>conll18_ud_eval.py -v</c>) with python3.</summary>
internal static class Conll18Evaluator
{
    public static async Task<string> RunAsync(string evaluatorPath, string goldPath, string systemPath, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(evaluatorPath);
        start.ArgumentList.Add("-v");
        start.ArgumentList.Add(goldPath);
        start.ArgumentList.Add(systemPath);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start python3.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            var message = (await errors.ConfigureAwait(false)).Trim().Split('\n')[^1];
            throw new InvalidOperationException($"The evaluator failed: {message}");
        }

        return await output.ConfigureAwait(false);
    }
}
