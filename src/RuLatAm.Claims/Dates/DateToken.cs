namespace RuLatAm.Claims.Dates;

/// <summary>A word, number or punctuation mark of the text the date grammar reads; offsets into that text.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character, possessive "'s" included.</param>
/// <param name="StemEnd">Offset one past the last character without a possessive "'s" (words) or a suffix (numbers).</param>
/// <param name="Kind">Word, number or punctuation.</param>
/// <param name="SpaceBefore">Whether white space separates it from the token before.</param>
/// <param name="Value">The number's value (capped), the month 1-12, or the weekday 1-7 (Monday first); else 0.</param>
/// <param name="Flags">Further facts about the token.</param>
/// <param name="Word">The grammar's word it is (possessive "'s" aside), or <see cref="DateWord.None"/>.</param>
internal readonly record struct DateToken(
    int Start, int End, int StemEnd, DateTokenKind Kind, bool SpaceBefore, int Value, DateTokenFlags Flags, DateWord Word = DateWord.None)
{
    /// <summary>Whether the token is a word ending in a possessive "'s".</summary>
    public bool IsPossessive => Kind == DateTokenKind.Word && StemEnd < End;

    /// <summary>How many digits a number has.</summary>
    public int Digits => Kind == DateTokenKind.Number ? StemEnd - Start : 0;

    /// <summary>Whether <paramref name="flag"/> is set.</summary>
    /// <param name="flag">The flag to test.</param>
    public bool Has(DateTokenFlags flag) => (Flags & flag) != 0;
}
