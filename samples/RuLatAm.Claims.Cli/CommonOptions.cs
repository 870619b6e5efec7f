using System.CommandLine;
using System.Globalization;

namespace RuLatAm.Claims.Cli;

/// <summary>Options several commands share, parsed with messages a person can act on.</summary>
internal static class CommonOptions
{
    public static Option<DateOnly?> Published() => new("--published")
    {
        Description = "Publication date (YYYY-MM-DD) for files without a manifest.json entry or a date in their name.",
        HelpName = "YYYY-MM-DD",
        CustomParser = result =>
        {
            var value = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            result.AddError($"--published must be a date as YYYY-MM-DD, not '{value}'.");
            return null;
        },
    };

    public static Option<FileInfo?> Out(string what) => new("--out")
    {
        Description = $"Write {what} to this file instead of standard output.",
        HelpName = "FILE",
    };

    public static TextWriter OpenOutput(FileInfo? file)
    {
        if (file is null)
        {
            var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = false, NewLine = "\n" };
            return stdout;
        }

        if (file.Directory is { Exists: false } folder)
        {
            folder.Create();
        }

        return new StreamWriter(file.FullName, append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
    }
}
