using System.Collections.Frozen;
using RuLatAm.Claims.Tokenization;

namespace RuLatAm.Claims.Sentences;

/// <summary>Splits tokenized text into sentences at token boundaries.</summary>
/// <remarks>
/// A sentence ends at terminal punctuation (with any closing quotes or brackets after it) when a capitalised word,
/// a digit or an opening quote follows; at a line break; and at the end of the text. Titles ("Mr.", "Gen.") never
/// end a sentence; other abbreviations ("U.S.") do only before a word that commonly starts one. Thread-safe.
/// </remarks>
public sealed class SentenceSplitter
{
    private static readonly FrozenSet<string> s_titles = new[]
    {
        "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Col.", "Lt.", "Sgt.", "Capt.", "Cmdr.", "Adm.", "Gov.", "Sen.",
        "Rep.", "St.", "Pres.", "Amb.", "Mt.", "No.", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.",
        "Sept.", "Oct.", "Nov.", "Dec.", "vs.", "e.g.", "i.e.", "cf.",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words that start sentences far more often than they continue them after an abbreviation like "U.S.".
    private static readonly FrozenSet<string> s_sentenceStarters = new[]
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "But", "And",
        "In", "On", "At", "As", "If", "When", "While", "However", "Meanwhile", "There", "His", "Her", "Their", "Its",
        "Our", "My", "After", "Before", "Since", "For", "So", "Yet", "Also", "Still", "According",
    }.ToFrozenSet(StringComparer.Ordinal);

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
            var last = i == tokens.Count - 1;
            if (last || EndsSentence(text, tokens, i))
            {
                sentences.Add(new Sentence(first, i + 1, new TextSpan(tokens[first].Start, tokens[i].End)));
                first = i + 1;
            }
        }

        return sentences;
    }

    private static bool EndsSentence(string text, IReadOnlyList<Token> tokens, int i)
    {
        var token = tokens[i];
        var next = tokens[i + 1];
        if (HasLineBreak(text, token.End, next.Start))
        {
            return true;
        }

        var form = token.Of(text);
        if (IsClosingMark(text, token) && i > 0 && IsTerminal(tokens[i - 1].Of(text)))
        {
            // The sentence ends after the closing mark, not before it.
            return StartsSentence(text, next) && !IsClosingMark(text, next);
        }

        if (IsTerminal(form))
        {
            if (IsClosingMark(text, next))
            {
                return false;
            }

            return StartsSentence(text, next);
        }

        if (form.Length > 1 && form[^1] == '.' && char.IsLetter(form[0]))
        {
            // An abbreviation that may also end the sentence ("... in the U.S. The talks ...").
            var word = form.ToString();
            return !s_titles.Contains(word) && !IsInitial(form) && s_sentenceStarters.Contains(next.Of(text).ToString());
        }

        return false;
    }

    private static bool IsInitial(ReadOnlySpan<char> form) => form.Length == 2 && char.IsUpper(form[0]);

    private static bool IsTerminal(ReadOnlySpan<char> form) =>
        form is "." or "!" or "?" or "\u2026" || (form.Length > 1 && form.Trim('.').IsEmpty) || (form.Length > 1 && (form[^1] == '!' || form[^1] == '?') && form.Trim("!?").IsEmpty);

    private static bool StartsSentence(string text, Token next)
    {
        var c = text[next.Start];
        return char.IsUpper(c) || char.IsDigit(c) || IsOpeningMark(text, next) || c is '(' or '[' or '\u2014' or '-' || !char.IsLetter(c) && !char.IsPunctuation(c);
    }

    private static bool HasLineBreak(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (text[k] is '\n' or '\r' or '\u2028' or '\u2029')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsClosingMark(string text, Token token)
    {
        if (token.Length != 1)
        {
            return false;
        }

        var c = text[token.Start];
        return c switch
        {
            '\u201D' or '\u2019' or '\u00BB' or ')' or ']' => true,
            '"' or '\'' => token.Start > 0 && !char.IsWhiteSpace(text[token.Start - 1]) && (token.End == text.Length || !char.IsLetterOrDigit(text[token.End])),
            _ => false,
        };
    }

    private static bool IsOpeningMark(string text, Token token)
    {
        if (token.Length != 1)
        {
            return false;
        }

        var c = text[token.Start];
        return c is '\u201C' or '\u2018' or '\u00AB' or '"' or '\'' && !IsClosingMark(text, token);
    }
}
