using RuLatAm.Claims.Analysis;

namespace RuLatAm.Claims.Linking;

/// <summary>
/// Joins a span of a sentence's words into one reused buffer, so that the many spans an article's names are looked
/// up by make no new strings. One instance per linker; not thread-safe.
/// </summary>
internal sealed class WordSpanJoiner
{
    private char[] _joined = new char[NameKey.StackNameLength];

    /// <summary>The words as written: a possessive clitic stays glued to its noun ("Russia's"). Valid until the
    /// next call of this or <see cref="Spaced"/>.</summary>
    public ReadOnlySpan<char> Joined(AnalyzedSentence sentence, int first, int end) => Concatenate(sentence, first, end, glueClitics: true);

    /// <summary>The words with a space between each two. Valid until the next call of this or <see cref="Joined"/>.</summary>
    public ReadOnlySpan<char> Spaced(AnalyzedSentence sentence, int first, int end) => Concatenate(sentence, first, end, glueClitics: false);

    // Written to one buffer reused for every name the article looks up, rather than a new string each time.
    private ReadOnlySpan<char> Concatenate(AnalyzedSentence sentence, int first, int end, bool glueClitics)
    {
        var length = 0;
        for (var i = first; i < end; i++)
        {
            var word = sentence.Words[i];
            // "Diaz-Canel" is three words to the tokenizer but one name.
            var space = i > first && !(glueClitics && word.Length > 1 && word[0] is '\'' or '\u2019') && !IsHyphen(word) && !IsHyphen(sentence.Words[i - 1]);
            var needed = length + word.Length + (space ? 1 : 0);
            if (needed > _joined.Length)
            {
                Array.Resize(ref _joined, Math.Max(needed, 2 * _joined.Length));
            }

            if (space)
            {
                _joined[length++] = ' ';
            }

            word.CopyTo(_joined.AsSpan(length));
            length += word.Length;
        }

        return _joined.AsSpan(0, length);
    }

    /// <summary>Whether the word is a hyphen the tokenizer split from a compound ("Diaz - Canel").</summary>
    public static bool IsHyphen(string word) => word is "-" or "\u2010" or "\u2011";
}
