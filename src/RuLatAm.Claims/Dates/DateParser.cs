namespace RuLatAm.Claims.Dates;

/// <summary>
/// The grammar of English time phrases, read over tokens: <see cref="Match"/> finds the longest phrase that starts at a
/// token and records what it says in <see cref="Result"/>. <see cref="DateFinder"/> uses it to find phrases and
/// <see cref="DateResolver"/> to read one, so the two never disagree about what a phrase is.
/// </summary>
/// <remarks>
/// Each rule returns the index one past its last token, or -1. Rules write into <c>_p</c>; <see cref="Match"/> tries
/// every rule from a clean state and keeps the longest. Words are compared without regard to case ("Over the past
/// years" opens sentences); month and weekday names are recognised by the tokenizer, capitalised in running text.
/// </remarks>
internal ref partial struct DateParser
{
    private const int NoMatch = -1;

    private readonly ReadOnlySpan<char> _text;
    private readonly ReadOnlySpan<DateToken> _tokens;
    private DateParse _p;
    private DateParse _best;
    private int _bestEnd;

    // Whether the phrase being read opens with "between", which makes its "and" a range's link.
    private bool _between;

    /// <summary>Creates a parser over tokens of <paramref name="text"/>.</summary>
    /// <param name="text">The text the tokens point into.</param>
    /// <param name="tokens">The tokens.</param>
    public DateParser(ReadOnlySpan<char> text, ReadOnlySpan<DateToken> tokens)
    {
        _text = text;
        _tokens = tokens;
    }

    /// <summary>What the last successful <see cref="Match"/> read.</summary>
    public readonly DateParse Result => _best;

    /// <summary>Finds the longest time phrase that starts at token <paramref name="i"/>.</summary>
    /// <param name="i">The first token.</param>
    /// <returns>One past the phrase's last token, or -1 when no phrase starts there.</returns>
    public int Match(int i)
    {
        _bestEnd = NoMatch;
        Try(FromTo(i));
        Try(Relative(i));
        Try(Eve(i));
        Try(Duration(i));
        Try(Vague(i));
        Try(NamedPeriod(i));
        var core = Preposition(i, out var preposition);
        if (core > i)
        {
            _between = Is(i, DateWord.Between);
            Core(core, preposition);
            _between = false;
        }

        Core(i, DatePreposition.None);
        return _bestEnd;
    }

    /// <summary>
    /// Whether a phrase can start at <paramref name="token"/>: a number, a mark before a decade ("'90s"), or a word
    /// of the grammar. Most words of a sentence are none of these, and skipping them keeps the scan cheap.
    /// </summary>
    /// <param name="token">The token.</param>
    /// <param name="text">The text the token points into.</param>
    public static bool CanStart(in DateToken token, ReadOnlySpan<char> text) =>
        token.Kind == DateTokenKind.Number || token.Word != DateWord.None || (token.Kind == DateTokenKind.Punctuation && text[token.Start] is '\'' or '’' or '‘');

    /// <summary>The character offset where a phrase that ends before token <paramref name="end"/> ends.</summary>
    /// <param name="end">One past the phrase's last token.</param>
    public readonly int EndOffset(int end)
    {
        // "Friday's talks": the phrase is "Friday". A number's suffix ("15th") stays.
        var last = _tokens[end - 1];
        return last.IsPossessive ? last.StemEnd : last.End;
    }

    // The rules that may follow a governing preposition.
    private void Core(int i, DatePreposition preposition)
    {
        var governed = preposition != DatePreposition.None;
        Begin(preposition);
        Try(Iso(i));
        Begin(preposition);
        Try(WeekdayDate(i));
        Begin(preposition);
        Try(MonthDayRange(i));
        Begin(preposition);
        Try(DayMonthRange(i));
        Begin(preposition);
        Try(MonthYearRange(i));
        Begin(preposition);
        Try(DecadePhrase(i));
        Begin(preposition);
        Try(Modified(i));
        Begin(preposition);
        Try(YearRange(i));
        Begin(preposition);
        Try(BareYear(i, governed));
        Begin(preposition);
        Try(WeekdayPhrase(i));
        Begin(preposition);
        Try(Deictic(i));
        Begin(preposition);
        Try(Anchored(i));
        Begin(preposition);
        Try(ShiftedMonth(i));
        if (governed)
        {
            // A bare month needs a word before it: "in May", never "May" alone (the modal, or Theresa May).
            Begin(preposition);
            Try(MonthOnlyRange(i));
        }
    }

    private void Begin(DatePreposition preposition)
    {
        _p = default;
        _p.Preposition = preposition;
    }

    private void Try(int end)
    {
        if (end > _bestEnd)
        {
            _bestEnd = end;
            _best = _p;
        }

        _p = default;
    }

    private readonly int Preposition(int i, out DatePreposition preposition)
    {
        preposition = DatePreposition.Within;
        if (Is(i, DateWord.Before) || Is(i, DateWord.After))
        {
            preposition = DatePreposition.Outside;
            return i + 1;
        }

        if (IsAny(i, DateWord.On, DateWord.In, DateWord.Since, DateWord.Until, DateWord.Till, DateWord.By, DateWord.From, DateWord.During, DateWord.Through, DateWord.Throughout, DateWord.Between, DateWord.At, DateWord.Around))
        {
            return i + 1;
        }

        if ((Is(i, DateWord.As) && Is(i + 1, DateWord.Of)) || (Is(i, DateWord.Not) && Is(i + 1, DateWord.Until)) || (Is(i, DateWord.Ever) && Is(i + 1, DateWord.Since)))
        {
            return i + 2;
        }

        return Is(i, DateWord.No) && Is(i + 1, DateWord.Later) && Is(i + 2, DateWord.Than) ? i + 3 : i;
    }

    // Token tests. Out-of-range indices are simply false, so rules need no bounds checks of their own.
    private readonly bool IsWord(int i) => (uint)i < (uint)_tokens.Length && _tokens[i].Kind == DateTokenKind.Word;

    private readonly bool Is(int i, DateWord word) => (uint)i < (uint)_tokens.Length && _tokens[i].Word == word;

    private readonly bool IsAny(int i, params ReadOnlySpan<DateWord> words) =>
        (uint)i < (uint)_tokens.Length && _tokens[i].Word != DateWord.None && words.Contains(_tokens[i].Word);

    private readonly bool IsPunctuation(int i, string marks) =>
        (uint)i < (uint)_tokens.Length && _tokens[i].Kind == DateTokenKind.Punctuation && marks.Contains(_text[_tokens[i].Start], StringComparison.Ordinal);

    private readonly bool IsNumber(int i) => (uint)i < (uint)_tokens.Length && _tokens[i].Kind == DateTokenKind.Number;

    private readonly bool Touches(int i) => (uint)i < (uint)_tokens.Length && !_tokens[i].SpaceBefore;

    private readonly bool Has(int i, DateTokenFlags flag) => (uint)i < (uint)_tokens.Length && _tokens[i].Has(flag);

    private readonly int Value(int i) => _tokens[i].Value;

    // "2014.5", "15,000", "2014%": the number goes on, so it is not a year or a day.
    private readonly bool NumberGoesOn(int i) =>
        (IsPunctuation(i + 1, "%") && Touches(i + 1)) || (IsPunctuation(i + 1, ".,:") && Touches(i + 1) && IsNumber(i + 2) && Touches(i + 2));

    private readonly bool IsPlainNumber(int i) =>
        IsNumber(i) && !_tokens[i].Has(DateTokenFlags.Ordinal | DateTokenFlags.Decade) && !NumberGoesOn(i);

    private readonly bool IsYear(int i) => IsPlainNumber(i) && _tokens[i].Digits == 4 && Value(i) is >= 1800 and <= 2099;

    private readonly bool IsDay(int i) =>
        IsNumber(i) && !Has(i, DateTokenFlags.Decade) && _tokens[i].Digits <= 2 && Value(i) is >= 1 and <= 31 && !NumberGoesOn(i);

    // "$2018", "No.2018", "MiG-2000", "11/2014": glued to something before it, the number is not a free-standing year.
    // An opening bracket or quote mark does not count: "(2014)".
    private readonly bool StandsAlone(int i) =>
        !Touches(i) || !(IsWord(i - 1) || IsNumber(i - 1) || IsPunctuation(i - 1, "$€£¥#/-–—@.,:+&"));
}
