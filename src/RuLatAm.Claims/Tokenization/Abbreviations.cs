using System.Collections.Frozen;

namespace RuLatAm.Claims.Tokenization;

/// <summary>Decides whether a full stop after a word belongs to it as an abbreviation ("Mr.", "U.S.", "J.").</summary>
/// <remarks>
/// UD writes the full stop that ends a sentence as its own token even after an abbreviation ("in the U.S" "."), so
/// an abbreviation that may end a sentence keeps its stop only when the text goes on in the same sentence.
/// </remarks>
internal static class Abbreviations
{
    // Titles come before a name, so their stop never ends a sentence.
    private static readonly FrozenSet<string> s_titles = new[]
    {
        "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Gen", "Col", "Lt", "Sgt", "Capt", "Cmdr", "Adm", "Maj", "Gov",
        "Sen", "Rep", "Reps", "Sens", "Pres", "Amb", "Rev", "Hon", "Supt", "Insp", "Brig", "Gens",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Abbreviations that may also end a sentence.
    private static readonly FrozenSet<string> s_abbreviations = new[]
    {
        "Jr", "Sr", "St", "Ste", "Mt", "Ft", "Ave", "Blvd", "Inc", "Corp", "Co", "Ltd", "Bros", "Dept", "Govt", "Assn",
        "Univ", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "etc", "vs", "al",
        "approx", "Fig", "Vol", "vol", "Nos", "cf", "ed", "eds",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words that start sentences far more often than they follow an abbreviation inside one.
    private static readonly FrozenSet<string> s_sentenceStarters = new[]
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "But", "And",
        "In", "On", "At", "As", "If", "When", "While", "However", "Meanwhile", "There", "His", "Her", "Their", "Its",
        "Our", "My", "After", "Before", "Since", "For", "So", "Yet", "Also", "Still", "According", "What", "Why", "How",
        "Who", "Where", "Then", "Now", "Today", "Yesterday", "Last", "Next", "Some", "Many", "Most", "All", "No", "Not",
        "Such", "Both", "Each", "Other", "Others", "Despite", "Although", "Though", "Because", "Under", "With", "From",
        "Thank", "Thanks", "Please", "Is", "Are", "Was", "Were", "Do", "Does", "Did", "Can", "Will", "Would", "Should",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether the full stop at <paramref name="stop"/> belongs to the word that ends there.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where the word starts.</param>
    /// <param name="stop">Where its full stop is.</param>
    /// <param name="limit">The end of the region being tokenized, for looking past the stop.</param>
    public static bool TakesStop(string text, int start, int stop, int limit)
    {
        var word = text.AsSpan(start, stop - start);
        var lookup = s_titles.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(word))
        {
            return true;
        }

        var after = stop + 1;
        if (after < limit && text[after] == '.')
        {
            // "Inc.." keeps one stop and ends the sentence with the other; "etc..." is a word and an ellipsis.
            return (after + 1 >= limit || text[after + 1] != '.') && IsAbbreviation(word);
        }

        if (word.Equals("No", StringComparison.OrdinalIgnoreCase))
        {
            // "No. 1" is an abbreviation; "he said no." is not.
            var next = SkipSpaces(text, after, limit);
            return next < limit && char.IsDigit(text[next]);
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            // An initial comes before another name: "George W. Bush", "J. R. Smith".
            return ContinuesSentence(text, after, limit, initial: true);
        }

        return IsAbbreviation(word) && ContinuesSentence(text, after, limit, initial: false);
    }

    /// <summary>Whether <paramref name="word"/> is a common sentence opener ("The", "But", "He").</summary>
    private static bool IsSentenceStarter(ReadOnlySpan<char> word) =>
        s_sentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static bool IsAbbreviation(ReadOnlySpan<char> word) =>
        IsDotted(word) || s_abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    // Single letters joined by full stops: U.S, e.g, a.m, U.S.A.
    private static bool IsDotted(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            var isLetterPlace = k % 2 == 0;
            if (isLetterPlace ? !char.IsLetter(word[k]) : word[k] != '.')
            {
                return false;
            }
        }

        return true;
    }

    // The sentence goes on after the stop unless the text or paragraph ends, or a word that usually opens a
    // sentence follows ("in the U.S. The talks", also glued: "U.S.The"). After an initial, only a capitalised name
    // continues it.
    private static bool ContinuesSentence(string text, int after, int limit, bool initial)
    {
        var next = after;
        while (next < limit && char.IsWhiteSpace(text[next]))
        {
            if (text[next] is '\n' or '\r' or '\u2028' or '\u2029')
            {
                return false;
            }

            next++;
        }

        if (next >= limit)
        {
            return false;
        }

        if (!char.IsLetter(text[next]))
        {
            // Punctuation or a number after the stop ("U.S.)", "Inc.,", "No. 5") continues the sentence; after an
            // initial, a quote may close it.
            return !initial || (next == after && text[next] is not ('"' or '\u201D' or '\'' or '\u2019'));
        }

        var wordEnd = next;
        while (wordEnd < limit && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        var nextWord = text.AsSpan(next, wordEnd - next);
        if (IsSentenceStarter(nextWord))
        {
            return false;
        }

        return !initial || char.IsUpper(nextWord[0]);
    }

    private static int SkipSpaces(string text, int i, int limit)
    {
        while (i < limit && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
