using Spectre.Console;

namespace RuLatAm.Claims.Cli;

/// <summary>A progress bar on stderr when a person is watching; silence when stderr is redirected.</summary>
internal sealed class Progress : IDisposable
{
    private readonly IAnsiConsole? _console;
    private readonly int _total;
    private int _done;

    public Progress(int total)
    {
        _total = total;
        if (!Console.IsErrorRedirected && total > 1)
        {
            _console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        }
    }

    public void Advance(string item)
    {
        _done++;
        if (_console is null)
        {
            return;
        }

        const int Width = 30;
        var filled = _total == 0 ? Width : _done * Width / _total;
        var name = item.Length > 40 ? item[..40] : item;
        _console.Markup($"\r[green]{new string('█', filled)}[/]{new string('░', Width - filled)} {_done}/{_total} {Markup.Escape(name),-40}");
    }

    public void Dispose()
    {
        _console?.WriteLine();
    }
}
