using System.Text;

namespace RuLatAm.Claims.Training.Ud;

/// <summary>Rebuilds the raw text behind a UD CoNLL-U file from its <c># text</c> lines.</summary>
/// <remarks>
/// One paragraph per <c># newpar</c> or <c># newdoc</c>: the sentences of a paragraph are joined by one space and
/// paragraphs are separated by a blank line, which is how the shared tasks rebuild raw text for tokenizer runs.
/// </remarks>
internal static class UdRawText
{
    public static string Read(string conlluPath)
    {
        var text = new StringBuilder();
        var paragraphOpen = false;
        var pendingBreak = false;
        foreach (var line in File.ReadLines(conlluPath, Encoding.UTF8))
        {
            if (line.StartsWith("# newdoc", StringComparison.Ordinal) || line.StartsWith("# newpar", StringComparison.Ordinal))
            {
                pendingBreak = paragraphOpen;
            }
            else if (line.StartsWith("# text = ", StringComparison.Ordinal))
            {
                if (pendingBreak)
                {
                    text.Append("\n\n");
                }
                else if (paragraphOpen)
                {
                    text.Append(' ');
                }

                text.Append(line.AsSpan("# text = ".Length));
                paragraphOpen = true;
                pendingBreak = false;
            }
        }

        text.Append('\n');
        return text.ToString();
    }
}
