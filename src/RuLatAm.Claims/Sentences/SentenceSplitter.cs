using RuLatAm.Claims.Tokenization;

namespace RuLatAm.Claims.Sentences;

/// <summary>Splits tokenized text into sentences at token boundaries.</summary>
/// <remarks>
/// A sentence ends after a full stop, question or exclamation mark (and any closing quotes or brackets after it),
/// after a news dateline ("LIMA (AP) -"), at a blank line, and at a line break unless the line runs on in lower case
/// (hard-wrapped prose), and, in a run of more than <see cref="MaxTokens"/> tokens, at a comma near the limit. The tokenizer
/// keeps the full stop of an abbreviation inside its token ("Mr.", "U.S."), so such stops never end a sentence here.
/// Thread-safe: the splitter holds no state.
/// </remarks>
public sealed class SentenceSplitter
{
    /// <summary>
    /// The most tokens a sentence may have. Text without punctuation (lists, tables, scraped markup) would otherwise
    /// make one enormous sentence, and the later stages are built for sentences, not pages.
    /// </summary>
    public const int MaxTokens = 200;

    // How far back from the limit a cut looks for a comma or semicolon.
    private const int SoftEndWindow = 50;

    /// <summary>A shared splitter.</summary>
    public static SentenceSplitter Default { get; } = new();

    /// <summary>Groups <paramref name="tokens"/> into sentences.</summary>
    /// <param name="text">The text the tokens point into.</param>
    /// <param name="tokens">The tokens, in text order.</param>
    /// <returns>Sentences in text order; together they hold every token once.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public IReadOnlyList<Sentence> Split(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var sentences = new List<Sentence>(tokens.Count / 20 + 1);
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var last = i == tokens.Count - 1 || EndsSentence(text, tokens, first, i) ? i
                : i - first + 1 == MaxTokens ? SoftEnd(text, tokens, i)
                : -1;
            if (last >= 0)
            {
                sentences.Add(new Sentence(first, last + 1, new TextSpan(tokens[first].Start, tokens[last].End)));
                first = last + 1;
            }
        }

        return sentences;
    }

    // Where a sentence that has run too long is cut: after the latest comma, semicolon or colon near its end, else here.
    private static int SoftEnd(string text, IReadOnlyList<Token> tokens, int i)
    {
        for (var k = i; k > i - SoftEndWindow; k--)
        {
            var form = tokens[k].Of(text);
            if (form is "," or ";" or ":")
            {
                return k;
            }
        }

        return i;
    }

    private static bool EndsSentence(string text, IReadOnlyList<Token> tokens, int first, int i)
    {
        var token = tokens[i];
        var next = tokens[i + 1];
        var lineBreaks = LineBreaks(text, token.End, next.Start);
        if (lineBreaks > 1)
        {
            return true;
        }

        var form = token.Of(text);
        var nextForm = next.Of(text);

        // Words the tokenizer cut out of a glued menu run ("NewsWorldSport") are separate items, not one sentence.
        if (token.End == next.Start && char.IsLower(form[^1]) && char.IsUpper(nextForm[0]) && char.IsLetter(form[0]))
        {
            return true;
        }

        if (lineBreaks == 1)
        {
            // A hard-wrapped line runs on in lower case; a headline or list item does not.
            return Punctuation.IsTerminal(form) || !char.IsLower(nextForm[0]);
        }

        if (Punctuation.IsClosing(text, token))
        {
            // The sentence ends after the quote or bracket that closes it: ... it." Then ...
            // A few closing marks may pile up (.")]); looking back no further keeps long runs linear.
            var k = i - 1;
            while (k > first && k > i - 4 && Punctuation.IsClosing(text, tokens[k]))
            {
                k--;
            }

            // A stop inside a bracket ends an insertion, not the sentence, when the text runs on in lower case:
            // "... [added by the editor, ed.] at least ...".
            if (form is "]" or ")" && char.IsLower(nextForm[0]))
            {
                return false;
            }

            return k >= first && Punctuation.IsTerminal(tokens[k].Of(text)) && !Punctuation.IsClosing(text, next) && StartsSentence(text, next);
        }

        if (Punctuation.IsTerminal(form))
        {
            // A closing mark or emoticon after the stop still belongs to the sentence: ... it." / ... fun. :)
            if (Punctuation.IsClosing(text, next) || Punctuation.IsEmoticon(nextForm)
                || !StartsSentence(text, next))
            {
                return false;
            }

            // An ellipsis often trails off mid-sentence: it ends one only before a capital.
            return !Punctuation.IsEllipsis(form) || !char.IsLower(nextForm[0]);
        }

        if (Punctuation.IsEmoticon(form))
        {
            return true;
        }

        return Dateline.EndsAt(text, tokens, first, i);
    }

    private static bool StartsSentence(string text, Token next)
    {
        var c = text[next.Start];
        return !(c is ',' or ';' or ':' or ')' or ']' or '}' or '%');
    }

    private static int LineBreaks(string text, int from, int to)
    {
        var count = 0;
        for (var k = from; k < to; k++)
        {
            if (text[k] == '\n' || text[k] == '\u2028' || text[k] == '\u2029' || (text[k] == '\r' && (k + 1 >= to || text[k + 1] != '\n')))
            {
                count++;
            }
        }

        return count;
    }
}
