namespace RuLatAm.Claims.Dates;

/// <summary>Rules for phrases counted from somewhere: deictic words, offsets, durations, and the vague and named periods.</summary>
internal ref partial struct DateParser
{
    private const int MaxEventWords = 6;

    // "two days ahead of the vote", "a week later", "two years ago", "the day before the summit"
    private int Relative(int i)
    {
        var j = Approximately(i, out var bounded);
        var end = RelativeAfter(j, bounded);
        if (end < 0 && j > i)
        {
            // "some days later": "some" was the quantity, not a hedge.
            _p = default;
            end = RelativeAfter(i, bounded: false);
        }

        return end;
    }

    private int RelativeAfter(int i, bool bounded)
    {
        var exact = true;
        var quantity = 1;
        var j = Is(i, DateWord.The) ? i + 1 : Quantity(i, out quantity, out exact);
        var unit = TimeUnit.Season;
        var plural = false;
        var k = j > 0 ? Unit(j, out unit, out plural) : NoMatch;
        if (k < 0 || unit == TimeUnit.Season)
        {
            return NoMatch;
        }

        _p.Form = DateForm.Relative;
        _p.Unit = unit;
        _p.Quantity = exact && !(j == i + 1 && Is(i, DateWord.The) && plural) ? quantity : 0;
        _p.Bounded = bounded;
        var relation = Relation(k, out var shift);
        if (relation > 0 && !IsAny(relation, DateWord.Schedule, DateWord.Time) && Event(relation) is var eventEnd && eventEnd > 0)
        {
            _p.Shift = shift;
            _p.EventStart = relation;
            _p.EventEnd = eventEnd;
            return eventEnd;
        }

        if (Is(k, DateWord.Ago))
        {
            _p.Ago = true;
            _p.Shift = -1;
            return k + 1;
        }

        _p.Shift = IsAny(k, DateWord.Earlier, DateWord.Before, DateWord.Previously, DateWord.Prior) ? -1 : IsAny(k, DateWord.Later, DateWord.After, DateWord.Afterwards, DateWord.Afterward) ? 1 : 0;
        return _p.Shift == 0 || (Is(i, DateWord.The) && !IsAny(k, DateWord.Before, DateWord.After, DateWord.Earlier, DateWord.Later)) ? NoMatch : k + 1;
    }

    // "ahead of", "before", "after", "prior to", "following" + an event.
    private readonly int Relation(int i, out int shift)
    {
        shift = -1;
        if ((Is(i, DateWord.Ahead) && Is(i + 1, DateWord.Of)) || (Is(i, DateWord.Prior) && Is(i + 1, DateWord.To)))
        {
            return i + 2;
        }

        if (Is(i, DateWord.Before))
        {
            return i + 1;
        }

        shift = 1;
        return IsAny(i, DateWord.After, DateWord.Following) ? i + 1 : NoMatch;
    }

    // "on the eve of the summit"
    private int Eve(int i)
    {
        var j = Is(i, DateWord.On) ? i + 1 : i;
        var end = Is(j, DateWord.The) && Is(j + 1, DateWord.Eve) && Is(j + 2, DateWord.Of) ? Event(j + 3) : NoMatch;
        if (end < 0)
        {
            return NoMatch;
        }

        _p.Form = DateForm.Relative;
        _p.Unit = TimeUnit.Day;
        _p.Quantity = 1;
        _p.Shift = -1;
        _p.EventStart = j + 3;
        _p.EventEnd = end;
        return end;
    }

    // The event an offset counts from: up to six words, stopping at punctuation or at a word that opens a clause.
    private readonly int Event(int i)
    {
        var j = i;
        for (var words = 0; words < MaxEventWords && IsEventWord(j); words++)
        {
            j++;

            // Glued pieces stay with their word: "U.S.", "pro-Russian", "AT&T".
            while (IsPunctuation(j, "-.'’&/") && Touches(j) && Touches(j + 1) && (IsWord(j + 1) || IsNumber(j + 1)))
            {
                j += 2;
            }
        }

        return j > i ? j : NoMatch;
    }

    private readonly bool IsEventWord(int i) =>
        (IsWord(i) || IsNumber(i)) && !_text[_tokens[i].Start.._tokens[i].End].SequenceEqual("may") && !IsAny(
            i, DateWord.That, DateWord.Which, DateWord.Who, DateWord.Whom, DateWord.Whose, DateWord.When, DateWord.Where, DateWord.While, DateWord.Because, DateWord.But, DateWord.And, DateWord.Or, DateWord.If, DateWord.Than, DateWord.Said, DateWord.Says,
            DateWord.Told, DateWord.Will, DateWord.Would, DateWord.Could, DateWord.Should, DateWord.Can, DateWord.Might, DateWord.Must, DateWord.Has, DateWord.Had, DateWord.Have, DateWord.Is, DateWord.Was, DateWord.Were, DateWord.Are, DateWord.Been,
            DateWord.Did, DateWord.Does, DateWord.Do);

    // "over the past 10 years", "over the next few days", "in the coming weeks", "for decades", "for two years"
    private int Duration(int i)
    {
        var j = IsAny(i, DateWord.Over, DateWord.In, DateWord.During, DateWord.Within, DateWord.For, DateWord.Throughout, DateWord.Through) ? i + 1 : i;
        var direction = Is(j, DateWord.The) ? Direction(j + 1) : DateDirection.None;
        if (direction != DateDirection.None)
        {
            _p.Form = DateForm.Duration;
            _p.Direction = direction;
            var q = Quantity(j + 2, out var quantity, out var exact);
            if (q > 0 && Unit(q, out var unit, out _) is var end && end > 0 && unit != TimeUnit.Season)
            {
                _p.Unit = unit;
                _p.Quantity = exact ? quantity : 0;
                return end;
            }

            // "over the past decade", "in the coming weeks": one unit, or an unknown number of them.
            if (j > i && Unit(j + 2, out unit, out var plural) is var bare && bare > 0 && unit != TimeUnit.Season)
            {
                _p.Unit = unit;
                _p.Quantity = plural ? 0 : 1;
                return bare;
            }

            return NoMatch;
        }

        // A length with no direction has no value: "for decades", "for two years", "within a month".
        if (!IsAny(i, DateWord.For, DateWord.In, DateWord.Over, DateWord.Within))
        {
            return NoMatch;
        }

        _p.Form = DateForm.Vague;
        var k = Approximately(i + 1, out _);
        var counting = Quantity(k, out _, out _);
        if (counting > 0 && Unit(counting, out var countedUnit, out _) is var counted && counted > 0 && countedUnit != TimeUnit.Season)
        {
            return counted;
        }

        return Unit(k, out var bareUnit, out var bareIsPlural) is var alone && alone > 0 && bareIsPlural && bareUnit != TimeUnit.Season ? alone : NoMatch;
    }

    private readonly DateDirection Direction(int i) =>
        IsAny(i, DateWord.Past, DateWord.Last) ? DateDirection.Past
        : IsAny(i, DateWord.Previous, DateWord.Preceding) ? DateDirection.Previous
        : Is(i, DateWord.Next) ? DateDirection.Next
        : Is(i, DateWord.Coming) ? DateDirection.Coming
        : Is(i, DateWord.Following) ? DateDirection.Following
        : DateDirection.None;

    // "recently", "since then", "in recent years", "at the time", "in the past", "so far", "years ago", "in the spring of 2014"
    private int Vague(int i)
    {
        _p.Form = DateForm.Vague;
        if (IsAny(i, DateWord.Recently, DateWord.Lately, DateWord.Nowadays))
        {
            return i + 1;
        }

        if ((Is(i, DateWord.These) && Is(i + 1, DateWord.Days)) || (IsAny(i, DateWord.Since, DateWord.Until, DateWord.Till, DateWord.By, DateWord.Back) && Is(i + 1, DateWord.Then)))
        {
            return i + 2;
        }

        if (IsAny(i, DateWord.At, DateWord.Since) && IsAny(i + 1, DateWord.The, DateWord.That) && Is(i + 2, DateWord.Time))
        {
            return i + 3;
        }

        if (Is(i, DateWord.In) && Is(i + 1, DateWord.The) && IsAny(i + 2, DateWord.Past, DateWord.Meantime))
        {
            return i + 3;
        }

        if ((IsAny(i, DateWord.So, DateWord.Thus) && Is(i + 1, DateWord.Far)) || (Is(i, DateWord.In) && Is(i + 1, DateWord.The) && Is(i + 2, DateWord.Near) && Is(i + 3, DateWord.Future)))
        {
            return Is(i, DateWord.In) ? i + 4 : i + 2;
        }

        if (IsAny(i, DateWord.In, DateWord.Over, DateWord.During, DateWord.For) && Is(i + 1, DateWord.Recent) && IsAny(i + 2, DateWord.Years, DateWord.Months, DateWord.Weeks, DateWord.Days, DateWord.Decades, DateWord.Times))
        {
            return i + 3;
        }

        if (IsAny(i, DateWord.Days, DateWord.Weeks, DateWord.Months, DateWord.Years, DateWord.Decades) && IsAny(i + 1, DateWord.Ago, DateWord.Earlier, DateWord.Later))
        {
            return i + 2;
        }

        return Season(i);
    }

    // Seasons differ between the hemispheres: "in the spring of 2014" keeps its text and no value.
    private readonly int Season(int i)
    {
        if (!IsAny(i, DateWord.In, DateWord.During, DateWord.By, DateWord.Since, DateWord.Until))
        {
            return NoMatch;
        }

        var j = Is(i + 1, DateWord.The) ? i + 2 : i + 1;
        if (!IsAny(j, DateWord.Spring, DateWord.Summer, DateWord.Autumn, DateWord.Fall, DateWord.Winter))
        {
            return NoMatch;
        }

        var k = Is(j + 1, DateWord.Of) ? j + 2 : j + 1;
        return IsYear(k) ? k + 1 : j + 1;
    }

    // "during the Cold War", "under the Trump administration", "in the Soviet era", "since the war"
    private int NamedPeriod(int i)
    {
        var anyNoun = IsAny(i, DateWord.During, DateWord.Under, DateWord.Throughout, DateWord.Since, DateWord.Through);
        if (!anyNoun && !Is(i, DateWord.In))
        {
            return NoMatch;
        }

        _p.Form = DateForm.Vague;
        return PeriodBody(i + 1, anyNoun);
    }

    // "the Cold War", "his first term", "Putin's presidency", "World War II"
    private readonly int PeriodBody(int i, bool anyNoun)
    {
        var j = IsAny(i, DateWord.The, DateWord.His, DateWord.Her, DateWord.Their, DateWord.Its) ? i + 1 : i;
        var end = NoMatch;
        for (var k = j; k < j + 4; k++)
        {
            if (IsPeriodNoun(k, anyNoun))
            {
                end = (Is(k + 1, DateWord.II) || Is(k + 1, DateWord.I)) && Has(k + 1, DateTokenFlags.Capitalised) ? k + 2 : k + 1;
            }

            var modifier = Has(k, DateTokenFlags.Capitalised) || IsAny(k, DateWord.First, DateWord.Second, DateWord.Third, DateWord.Fourth, DateWord.Last, DateWord.Final, DateWord.Early, DateWord.Late, DateWord.Previous, DateWord.Former, DateWord.New, DateWord.Current);
            if (!IsWord(k) || !modifier)
            {
                break;
            }
        }

        return end;
    }

    private readonly bool IsPeriodNoun(int i, bool anyNoun) =>
        IsWord(i) && !_tokens[i].IsPossessive && (anyNoun
            ? IsAny(i, DateWord.Administration, DateWord.Administrations, DateWord.Presidency, DateWord.Government, DateWord.Era, DateWord.Period, DateWord.Regime, DateWord.Rule, DateWord.Reign, DateWord.Term, DateWord.Tenure, DateWord.Years, DateWord.Times, DateWord.War, DateWord.Crisis, DateWord.Pandemic, DateWord.Dictatorship)
            : IsAny(i, DateWord.Era, DateWord.Period, DateWord.Years, DateWord.Times));

    // "mid-January", "early 2014", "late last year", "the end of 2013", "the first quarter of 2014", "the end of the Cold War"
    private int Modified(int i)
    {
        var j = Modifier(i, out var modifier);
        if (j < 0)
        {
            return NoMatch;
        }

        var end = ModifiedTarget(j);
        _p.Modifier = modifier;
        return end;
    }

    private readonly int Modifier(int i, out DateModifier modifier)
    {
        modifier = DateModifier.Part;
        if (IsAny(i, DateWord.Early, DateWord.Late, DateWord.Mid))
        {
            return IsPunctuation(i + 1, "-") && Touches(i + 1) && Touches(i + 2) ? i + 2 : i + 1;
        }

        var j = Is(i, DateWord.The) ? i + 1 : i;
        j = Is(j, DateWord.Very) ? j + 1 : j;
        if (IsAny(j, DateWord.End, DateWord.Beginning, DateWord.Start, DateWord.Middle, DateWord.Turn, DateWord.Close))
        {
            j++;
        }
        else if (IsAny(j, DateWord.First, DateWord.Second, DateWord.Latter) && Is(j + 1, DateWord.Half))
        {
            modifier = Is(j, DateWord.First) ? DateModifier.FirstHalf : DateModifier.SecondHalf;
            j += 2;
        }
        else if (IsAny(j, DateWord.First, DateWord.Second, DateWord.Third, DateWord.Fourth, DateWord.Last) && Is(j + 1, DateWord.Quarter))
        {
            modifier = Is(j, DateWord.First) ? DateModifier.FirstQuarter
                : Is(j, DateWord.Second) ? DateModifier.SecondQuarter
                : Is(j, DateWord.Third) ? DateModifier.ThirdQuarter
                : DateModifier.FourthQuarter;
            j += 2;
        }
        else
        {
            return NoMatch;
        }

        return Is(j, DateWord.Of) ? j + 1 : NoMatch;
    }

    // What a modifier applies to: a month, a year, a decade, "this year", "the year", or a named period.
    private int ModifiedTarget(int j)
    {
        var preposition = _p.Preposition;
        _p.Form = DateForm.Calendar;
        if (MonthYearRange(j) is var monthYear && monthYear > 0)
        {
            return monthYear;
        }

        Begin(preposition);
        _p.Form = DateForm.Calendar;
        if (Decade(j, ref _p.First) is var decade && decade > 0)
        {
            return decade;
        }

        if (IsYear(j))
        {
            _p.First.Year = Value(j);
            return j + 1;
        }

        if (IsMonthName(j, abbreviated: false))
        {
            _p.First.Month = Value(j);
            return j + 1;
        }

        var k = ShiftWord(j, out var shift);
        if (k > j && IsAny(k, DateWord.Week, DateWord.Month, DateWord.Year, DateWord.Decade))
        {
            _p.Form = DateForm.Deictic;
            _p.Shift = shift;
            return Unit(k, out _p.Unit, out _);
        }

        if (Is(j, DateWord.The) && IsAny(j + 1, DateWord.Week, DateWord.Month, DateWord.Year, DateWord.Decade))
        {
            _p.Form = DateForm.Deictic;
            return Unit(j + 1, out _p.Unit, out _);
        }

        _p.Form = DateForm.Vague;
        return Is(j, DateWord.The) && Is(j + 1, DateWord.Century) ? j + 2 : PeriodBody(j, anyNoun: true);
    }

    // "today", "yesterday morning", "last night", "this week", "earlier this month", "late last year", "over the weekend"
    private int Deictic(int i)
    {
        _p.Form = DateForm.Deictic;
        _p.Unit = TimeUnit.Day;
        if (Is(i, DateWord.The) && Is(i + 1, DateWord.Day) && ((Is(i + 2, DateWord.Before) && Is(i + 3, DateWord.Yesterday)) || (Is(i + 2, DateWord.After) && Is(i + 3, DateWord.Tomorrow))))
        {
            _p.Shift = Is(i + 2, DateWord.Before) ? -2 : 2;
            return DayPart(i + 4);
        }

        if (IsAny(i, DateWord.Yesterday, DateWord.Today, DateWord.Tomorrow, DateWord.Tonight))
        {
            // "Russia Today", "USA Today": after a capitalised name it is a title.
            if (_text[_tokens[i].Start.._tokens[i].StemEnd].SequenceEqual("Today") && !Touches(i) && IsWord(i - 1) && Has(i - 1, DateTokenFlags.Capitalised))
            {
                return NoMatch;
            }

            _p.Shift = Is(i, DateWord.Yesterday) ? -1 : Is(i, DateWord.Tomorrow) ? 1 : 0;
            return DayPart(i + 1);
        }

        if ((Is(i, DateWord.This) && IsAny(i + 1, DateWord.Morning, DateWord.Afternoon, DateWord.Evening)) || (Is(i, DateWord.Last) && Is(i + 1, DateWord.Night)))
        {
            _p.Shift = Is(i, DateWord.Last) ? -1 : 0;
            return i + 2;
        }

        if (IsAny(i, DateWord.Earlier, DateWord.Later) && Is(i + 1, DateWord.In) && Is(i + 2, DateWord.The) && IsAny(i + 3, DateWord.Day, DateWord.Week, DateWord.Month, DateWord.Year))
        {
            return Unit(i + 3, out _p.Unit, out _);
        }

        if (IsAny(i, DateWord.Over, DateWord.At, DateWord.During) && Is(i + 1, DateWord.The) && Is(i + 2, DateWord.Weekend))
        {
            _p.Form = DateForm.Weekend;
            return i + 3;
        }

        var j = IsAny(i, DateWord.Earlier, DateWord.Later, DateWord.Early, DateWord.Late) ? i + 1 : i;
        var k = ShiftWord(j, out var shift);
        if (k == j || Is(j, DateWord.Past) || Is(j, DateWord.Coming))
        {
            return NoMatch;
        }

        _p.Shift = shift;
        return IsAny(k, DateWord.Week, DateWord.Weekend, DateWord.Month, DateWord.Year, DateWord.Decade, DateWord.Spring, DateWord.Summer, DateWord.Autumn, DateWord.Fall, DateWord.Winter) ? Unit(k, out _p.Unit, out _) : NoMatch;
    }

    // "the next day", "the following week", "later that year", "the same day"
    private int Anchored(int i)
    {
        _p.Form = DateForm.Anchored;
        var j = IsAny(i, DateWord.Earlier, DateWord.Later) ? i + 1 : i;
        var k = Is(j, DateWord.That) ? j + 1 : Is(j, DateWord.The) && Is(j + 1, DateWord.Same) ? j + 2 : NoMatch;
        if (k < 0 && j == i && Is(i, DateWord.The))
        {
            _p.Shift = IsAny(i + 1, DateWord.Next, DateWord.Following) ? 1 : IsAny(i + 1, DateWord.Previous, DateWord.Preceding) ? -1 : 0;
            k = _p.Shift == 0 ? NoMatch : i + 2;
        }

        if (k < 0)
        {
            return NoMatch;
        }

        if (IsAny(k, DateWord.Morning, DateWord.Afternoon, DateWord.Evening, DateWord.Night))
        {
            _p.Unit = TimeUnit.Day;
            return k + 1;
        }

        return IsAny(k, DateWord.Day, DateWord.Week, DateWord.Weekend, DateWord.Month, DateWord.Year) ? Unit(k, out _p.Unit, out _) : NoMatch;
    }

    // "about", "nearly" hedge a number; "more than", "at least", "over" only bound it.
    private readonly int Approximately(int i, out bool bounded)
    {
        bounded = false;
        if (IsAny(i, DateWord.About, DateWord.Some, DateWord.Nearly, DateWord.Almost, DateWord.Around, DateWord.Roughly, DateWord.Approximately, DateWord.Just, DateWord.Only))
        {
            return i + 1;
        }

        bounded = true;
        if ((IsAny(i, DateWord.More, DateWord.Less, DateWord.Fewer) && Is(i + 1, DateWord.Than)) || (Is(i, DateWord.At) && Is(i + 1, DateWord.Least)) || (Is(i, DateWord.Up) && Is(i + 1, DateWord.To)))
        {
            return i + 2;
        }

        if (IsAny(i, DateWord.Over, DateWord.Under))
        {
            return i + 1;
        }

        bounded = false;
        return i;
    }

    // "10", "two", "twenty-five", "a", "a dozen"; "a few", "several", "a couple of" are inexact.
    private readonly int Quantity(int i, out int value, out bool exact)
    {
        exact = true;
        value = 0;
        if (IsPlainNumber(i) && _tokens[i].Digits <= 3)
        {
            value = Value(i);
            return value > 0 ? i + 1 : NoMatch;
        }

        if (Is(i, DateWord.A) && Is(i + 1, DateWord.Dozen))
        {
            value = 12;
            return i + 2;
        }

        exact = false;
        if (Is(i, DateWord.A) && (Is(i + 1, DateWord.Few) || (Is(i + 1, DateWord.Couple) && Is(i + 2, DateWord.Of))))
        {
            return Is(i + 1, DateWord.Few) ? i + 2 : i + 3;
        }

        if (Is(i, DateWord.Couple) && Is(i + 1, DateWord.Of))
        {
            return i + 2;
        }

        if (IsAny(i, DateWord.Few, DateWord.Several, DateWord.Many, DateWord.Some))
        {
            return i + 1;
        }

        exact = true;
        value = NumberWord(i);
        if (value >= 20 && IsPunctuation(i + 1, "-") && Touches(i + 1) && Touches(i + 2) && NumberWord(i + 2) is > 0 and < 10 and var ones)
        {
            value += ones;
            return i + 3;
        }

        return value > 0 ? i + 1 : NoMatch;
    }

    private readonly int NumberWord(int i) => (uint)i >= (uint)_tokens.Length ? 0 : _tokens[i].Word switch
    {
            DateWord.A or DateWord.An => 1,
            DateWord.One => 1,
            DateWord.Two => 2,
            DateWord.Three => 3,
            DateWord.Four => 4,
            DateWord.Five => 5,
            DateWord.Six => 6,
            DateWord.Seven => 7,
            DateWord.Eight => 8,
            DateWord.Nine => 9,
            DateWord.Ten => 10,
            DateWord.Eleven => 11,
            DateWord.Twelve => 12,
            DateWord.Thirteen => 13,
            DateWord.Fourteen => 14,
            DateWord.Fifteen => 15,
            DateWord.Sixteen => 16,
            DateWord.Seventeen => 17,
            DateWord.Eighteen => 18,
            DateWord.Nineteen => 19,
            DateWord.Twenty => 20,
            DateWord.Thirty => 30,
            DateWord.Forty => 40,
            DateWord.Fifty => 50,
            DateWord.Sixty => 60,
            DateWord.Seventy => 70,
            DateWord.Eighty => 80,
            DateWord.Ninety => 90,
            _ => 0,
        };

    private readonly int Unit(int i, out TimeUnit unit, out bool plural)
    {
        plural = IsAny(i, DateWord.Days, DateWord.Weeks, DateWord.Weekends, DateWord.Months, DateWord.Years, DateWord.Decades, DateWord.Centuries, DateWord.Mornings, DateWord.Nights, DateWord.Evenings);
        unit = IsAny(i, DateWord.Day, DateWord.Days, DateWord.Morning, DateWord.Mornings, DateWord.Afternoon, DateWord.Evening, DateWord.Evenings, DateWord.Night, DateWord.Nights) ? TimeUnit.Day
            : IsAny(i, DateWord.Week, DateWord.Weeks) ? TimeUnit.Week
            : IsAny(i, DateWord.Weekend, DateWord.Weekends) ? TimeUnit.Weekend
            : IsAny(i, DateWord.Month, DateWord.Months) ? TimeUnit.Month
            : IsAny(i, DateWord.Year, DateWord.Years) ? TimeUnit.Year
            : IsAny(i, DateWord.Decade, DateWord.Decades) ? TimeUnit.Decade
            : IsAny(i, DateWord.Century, DateWord.Centuries) ? TimeUnit.Century
            : TimeUnit.Season;
        return unit != TimeUnit.Season || IsAny(i, DateWord.Spring, DateWord.Summer, DateWord.Autumn, DateWord.Fall, DateWord.Winter) ? i + 1 : NoMatch;
    }
}
