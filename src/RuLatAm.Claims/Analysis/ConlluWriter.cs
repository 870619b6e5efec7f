using System.Globalization;
using RuLatAm.Claims.Parsing;
using RuLatAm.Claims.Sentences;
using RuLatAm.Claims.Tagging;
using RuLatAm.Claims.Tokenization;

namespace RuLatAm.Claims.Analysis;

/// <summary>Writes analysed sentences as CoNLL-U that the CoNLL 2018 shared-task evaluator reads.</summary>
/// <remarks>
/// A clitic glued to its host ("Russia's", "don't") is written as a multi-word token line over its words, as UD
/// English does. Without a dependency tree, HEAD still has to be a number for the evaluator (one root per
/// sentence), so the first word is written as the root and the others point at it, with DEPREL left as "_".
/// </remarks>
internal static class ConlluWriter
{
    /// <summary>Writes every column the language layer fills.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<AnalyzedSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(sentences);
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            WriteSentence(writer, sentence.Text, sentence.Tokens, s + 1, sentence.Lemmas, sentence.Tags, sentence.Tree);
        }
    }

    /// <summary>Writes tokens and sentences only, "_" in the columns of later stages.</summary>
    public static void Write(TextWriter writer, string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var own = new Token[sentence.TokenCount];
            for (var i = 0; i < own.Length; i++)
            {
                own[i] = tokens[sentence.FirstToken + i];
            }

            WriteSentence(writer, text, own, s + 1, lemmas: null, tags: null, tree: null);
        }
    }

    private static void WriteSentence(
        TextWriter writer, string text, Token[] tokens, int number, string[]? lemmas, PosTags? tags, DependencyTree? tree)
    {
        if (tokens.Length == 0)
        {
            return;
        }

        writer.Write("# sent_id = ");
        writer.Write(number.ToString(CultureInfo.InvariantCulture));
        writer.Write('\n');
        writer.Write("# text = ");
        writer.Write(OneLine(text.AsSpan(tokens[0].Start, tokens[^1].End - tokens[0].Start)));
        writer.Write('\n');
        var i = 0;
        while (i < tokens.Length)
        {
            var last = i;
            while (last + 1 < tokens.Length && tokens[last + 1].Start == tokens[last].End
                && Contractions.IsBoundTo(tokens[last].Of(text), tokens[last + 1].Of(text)))
            {
                last++;
            }

            if (last > i)
            {
                WriteRange(writer, text, tokens, i, last);
            }

            for (var w = i; w <= last; w++)
            {
                WriteWord(writer, text, tokens, w, lemmas, tags, tree, spaceAfterColumn: w == last && last == i);
            }

            i = last + 1;
        }

        writer.Write('\n');
    }

    private static void WriteRange(TextWriter writer, string text, Token[] tokens, int first, int last)
    {
        writer.Write((first + 1).ToString(CultureInfo.InvariantCulture));
        writer.Write('-');
        writer.Write((last + 1).ToString(CultureInfo.InvariantCulture));
        writer.Write('\t');
        writer.Write(Form(text.AsSpan(tokens[first].Start, tokens[last].End - tokens[first].Start)));
        writer.Write("\t_\t_\t_\t_\t_\t_\t_\t");
        writer.Write(Misc(text, tokens[last].End));
        writer.Write('\n');
    }

    private static void WriteWord(
        TextWriter writer, string text, Token[] tokens, int w, string[]? lemmas, PosTags? tags, DependencyTree? tree, bool spaceAfterColumn)
    {
        writer.Write((w + 1).ToString(CultureInfo.InvariantCulture));
        writer.Write('\t');
        writer.Write(Form(tokens[w].Of(text)));
        writer.Write('\t');
        writer.Write(Column(lemmas?[w]));
        writer.Write('\t');
        writer.Write(Column(tags?.Upos[w]));
        writer.Write('\t');
        writer.Write(Column(tags?.Xpos[w]));
        writer.Write("\t_\t");
        if (tree is null)
        {
            writer.Write(w == 0 ? "0" : "1");
            writer.Write("\t_");
        }
        else
        {
            writer.Write((tree.Heads[w] + 1).ToString(CultureInfo.InvariantCulture));
            writer.Write('\t');
            writer.Write(Column(tree.Relations[w]));
        }

        writer.Write("\t_\t");
        writer.Write(spaceAfterColumn ? Misc(text, tokens[w].End) : "_");
        writer.Write('\n');
    }

    private static string Misc(string text, int end) =>
        end < text.Length && !char.IsWhiteSpace(text[end]) ? "SpaceAfter=No" : "_";

    private static string Column(string? value) => string.IsNullOrEmpty(value) ? "_" : Form(value);

    // A CoNLL-U field holds no tab or line break; a token never does, but a lemma or tag from a model might.
    private static string Form(ReadOnlySpan<char> value)
    {
        if (value.IndexOfAny('\t', '\n', '\r') < 0)
        {
            return value.ToString();
        }

        return string.Create(value.Length, value.ToString(), static (span, source) =>
        {
            for (var k = 0; k < span.Length; k++)
            {
                span[k] = source[k] is '\t' or '\n' or '\r' ? ' ' : source[k];
            }
        });
    }

    private static string OneLine(ReadOnlySpan<char> value)
    {
        var chars = new char[value.Length];
        for (var k = 0; k < value.Length; k++)
        {
            chars[k] = char.IsWhiteSpace(value[k]) ? ' ' : value[k];
        }

        return new string(chars);
    }
}
