namespace RuLatAm.Claims.Dates;

/// <summary>Calendar rules: days, months, years, decades, weekdays and their ranges.</summary>
internal ref partial struct DateParser
{
    // "2014-07-11"
    private int Iso(int i)
    {
        if (!IsYear(i))
        {
            return NoMatch;
        }

        var glued = IsPunctuation(i + 1, "-") && Touches(i + 1) && Touches(i + 2) && IsPunctuation(i + 3, "-") && Touches(i + 3) && Touches(i + 4);
        if (!glued || !IsNumber(i + 2) || _tokens[i + 2].Digits != 2 || Value(i + 2) is < 1 or > 12 || !IsDay(i + 4) || _tokens[i + 4].Digits != 2)
        {
            return NoMatch;
        }

        _p.Form = DateForm.Calendar;
        _p.First = new DatePoint { Year = Value(i), Month = Value(i + 2), Day = Value(i + 4) };
        return i + 5;
    }

    // "Friday, July 11, 2014", "Friday 11 July": the date decides, the weekday only confirms it.
    private int WeekdayDate(int i)
    {
        if (!Has(i, DateTokenFlags.Weekday))
        {
            return NoMatch;
        }

        var j = IsPunctuation(i + 1, ",") ? i + 2 : i + 1;
        var end = MonthDayRange(j);
        return end > 0 ? end : DayMonthRange(j);
    }

    // "July 15", "July 15 and 16", "July 30 to August 2", "Dec. 5, 2013"
    private int MonthDayRange(int i)
    {
        var end = MonthDay(i, ref _p.First);
        if (end < 0)
        {
            return NoMatch;
        }

        _p.Form = DateForm.Calendar;
        var next = To(end);
        var last = default(DatePoint);
        var rangeEnd = next > 0 && !Is(next - 1, DateWord.And) ? MonthDay(next, ref last) : NoMatch;
        if (rangeEnd < 0 && next > 0 && IsDay(next) && Follows(next - 1, _p.First.Day, Value(next)))
        {
            last.Day = Value(next);
            rangeEnd = next + 1;
        }

        if (rangeEnd > 0)
        {
            _p.Last = last;
            _p.IsRange = true;
            end = rangeEnd;
        }

        return YearTail(end);
    }

    // "11 July 2014", "15 and 16 July", "30 July to 2 August"
    private int DayMonthRange(int i)
    {
        var end = DayMonth(i, ref _p.First);
        if (end < 0)
        {
            // "15 and 16 July": the first day borrows the month of the second.
            var next = IsDay(i) ? To(i + 1) : NoMatch;
            var last = next > 0 ? DayMonth(next, ref _p.Last) : NoMatch;
            if (last < 0 || !Follows(next - 1, Value(i), _p.Last.Day))
            {
                return NoMatch;
            }

            _p.First.Day = Value(i);
            _p.IsRange = true;
            _p.Form = DateForm.Calendar;
            return YearTail(last);
        }

        _p.Form = DateForm.Calendar;
        var to = To(end);
        var point = default(DatePoint);
        if (to > 0 && !Is(to - 1, DateWord.And) && DayMonth(to, ref point) is var rangeEnd && rangeEnd > 0)
        {
            _p.Last = point;
            _p.IsRange = true;
            end = rangeEnd;
        }

        return YearTail(end);
    }

    // "December 2013", "March to May 2014", "Sept 2014", "May of 2014"
    private int MonthYearRange(int i)
    {
        if (!IsMonthName(i, abbreviated: true))
        {
            return NoMatch;
        }

        _p.First.Month = Value(i);
        var j = AfterMonth(i);
        var to = To(j);
        if (to > 0 && IsMonthName(to, abbreviated: false) && Follows(to - 1, Value(i), Value(to)) && YearAfterMonth(to + 1) > 0)
        {
            _p.Last.Month = Value(to);
            _p.IsRange = true;
            j = to + 1;
        }

        var end = YearAfterMonth(j);
        if (end < 0)
        {
            return NoMatch;
        }

        // In a range the year is written once, after the second month; the first month's year follows from it
        // ("December to February 2014" starts in 2013).
        _p.Form = DateForm.Calendar;
        if (_p.IsRange)
        {
            _p.Last.Year = Value(end - 1);
        }
        else
        {
            _p.First.Year = Value(end - 1);
        }

        return end;
    }

    // "May", "May and June": only after a preposition.
    private int MonthOnlyRange(int i)
    {
        if (!IsMonthName(i, abbreviated: false))
        {
            return NoMatch;
        }

        _p.Form = DateForm.Calendar;
        _p.First.Month = Value(i);
        if (To(i + 1) is > 0 and var to && IsMonthName(to, abbreviated: false) && Follows(to - 1, Value(i), Value(to)))
        {
            _p.Last.Month = Value(to);
            _p.IsRange = true;
            return to + 1;
        }

        return i + 1;
    }

    // "last December", "next March", "this past May"
    private int ShiftedMonth(int i)
    {
        var j = ShiftWord(i, out var shift);
        if (j == i || !IsMonthName(j, abbreviated: false))
        {
            return NoMatch;
        }

        _p.Form = DateForm.Calendar;
        _p.First = new DatePoint { Month = Value(j), Shift = shift, HasShift = true };
        return j + 1;
    }

    // "2011-2013", "2011-13", "2014/15"
    private int YearRange(int i)
    {
        if (!IsYear(i) || !StandsAlone(i) || !IsPunctuation(i + 1, "-–—/") || !IsPlainNumber(i + 2))
        {
            return NoMatch;
        }

        var digits = _tokens[i + 2].Digits;
        if (!(digits == 4 && IsYear(i + 2)) && digits != 2)
        {
            return NoMatch;
        }

        _p.Form = DateForm.Calendar;
        _p.First.Year = Value(i);
        _p.Last = new DatePoint { Year = Value(i + 2), ShortYear = digits == 2 };
        _p.IsRange = true;
        return i + 3;
    }

    // "2011", "the 2018 World Cup"; not "$2018", "2000 troops".
    private int BareYear(int i, bool governed)
    {
        if (!IsYear(i) || !StandsAlone(i) || (!governed && CountsThings(i)))
        {
            return NoMatch;
        }

        _p.Form = DateForm.Calendar;
        _p.First.Year = Value(i);
        return i + 1;
    }

    private int DecadePhrase(int i)
    {
        var end = Decade(i, ref _p.First);
        _p.Form = DateForm.Calendar;
        return end;
    }

    // "the 1990s", "the early 2000s", "the '90s"
    private readonly int Decade(int i, ref DatePoint point)
    {
        var j = Is(i, DateWord.The) ? i + 1 : i;
        if (IsAny(j, DateWord.Early, DateWord.Mid, DateWord.Late))
        {
            j = IsPunctuation(j + 1, "-") && Touches(j + 1) ? j + 2 : j + 1;
        }

        if (IsPunctuation(j, "'’‘") && Touches(j + 1) && Has(j + 1, DateTokenFlags.Decade) && _tokens[j + 1].Digits == 2 && Value(j + 1) % 10 == 0)
        {
            point = new DatePoint { Decade = Value(j + 1), ShortYear = true };
            return j + 2;
        }

        if (Has(j, DateTokenFlags.Decade) && _tokens[j].Digits == 4 && Value(j) is >= 1800 and <= 2090 && Value(j) % 10 == 0)
        {
            point = new DatePoint { Decade = Value(j) };
            return j + 1;
        }

        return NoMatch;
    }

    // "Friday", "last Friday", "on Friday morning", "Monday and Tuesday"
    private int WeekdayPhrase(int i)
    {
        var j = ShiftWord(i, out var shift);
        if (!Has(j, DateTokenFlags.Weekday))
        {
            return NoMatch;
        }

        _p.Form = DateForm.Calendar;
        _p.First = new DatePoint { Weekday = Value(j), Shift = shift, HasShift = j > i };
        var end = DayPart(j + 1);
        if (To(end) is > 0 and var to && Has(to, DateTokenFlags.Weekday) && Follows(to - 1, Value(j), Value(to)))
        {
            _p.Last.Weekday = Value(to);
            _p.IsRange = true;
            end = DayPart(to + 1);
        }

        return end;
    }

    // "from 2011 to 2013", "between March and May", "from Monday to Wednesday"
    private int FromTo(int i)
    {
        if (!IsAny(i, DateWord.From, DateWord.Between))
        {
            return NoMatch;
        }

        var first = Point(i + 1, ref _p.First);
        var to = first > 0 ? To(first) : NoMatch;
        var end = to > 0 ? Point(to, ref _p.Last) : NoMatch;
        if (end < 0)
        {
            return NoMatch;
        }

        _p.Form = DateForm.Calendar;
        _p.Preposition = DatePreposition.Within;
        _p.IsRange = true;
        return end;
    }

    // One point of a "from ... to ..." range: the longest reading wins.
    private readonly int Point(int i, ref DatePoint point)
    {
        var best = NoMatch;
        var candidate = default(DatePoint);
        if (MonthDay(i, ref candidate) is var end && end > best)
        {
            best = YearTail(end, ref candidate);
            point = candidate;
        }

        candidate = default;
        if (DayMonth(i, ref candidate) is var dayMonth && dayMonth > best)
        {
            best = YearTail(dayMonth, ref candidate);
            point = candidate;
        }

        if (IsMonthName(i, abbreviated: true) && YearAfterMonth(AfterMonth(i)) is var monthYear && monthYear > best)
        {
            best = monthYear;
            point = new DatePoint { Month = Value(i), Year = Value(monthYear - 1) };
        }

        if (best < 0 && IsMonthName(i, abbreviated: false))
        {
            point = new DatePoint { Month = Value(i) };
            return i + 1;
        }

        if (best < 0 && IsYear(i))
        {
            point = new DatePoint { Year = Value(i) };
            return i + 1;
        }

        if (best < 0 && Has(i, DateTokenFlags.Weekday))
        {
            point = new DatePoint { Weekday = Value(i) };
            return DayPart(i + 1);
        }

        return best;
    }

    // "July 15", "Dec. 5th"
    private readonly int MonthDay(int i, ref DatePoint point)
    {
        if (!IsMonthName(i, abbreviated: true) || AfterMonth(i) is var j && !IsDay(j))
        {
            return NoMatch;
        }

        point.Month = Value(i);
        point.Day = Value(j);
        return j + 1;
    }

    // "11 July", "2nd of May"
    private readonly int DayMonth(int i, ref DatePoint point)
    {
        var j = Is(i + 1, DateWord.Of) ? i + 2 : i + 1;
        if (!IsDay(i) || !IsMonthName(j, abbreviated: true))
        {
            return NoMatch;
        }

        point.Day = Value(i);
        point.Month = Value(j);
        return AfterMonth(j);
    }

    // ", 2014" or " 2014" after a day: the year of the whole phrase.
    private int YearTail(int end)
    {
        var j = IsPunctuation(end, ",") ? end + 1 : end;
        if (!IsYear(j))
        {
            return end;
        }

        _p.First.Year = Value(j);
        if (_p.IsRange)
        {
            _p.Last.Year = Value(j);
        }

        return j + 1;
    }

    private readonly int YearTail(int end, ref DatePoint point)
    {
        var j = IsPunctuation(end, ",") ? end + 1 : end;
        if (!IsYear(j))
        {
            return end;
        }

        point.Year = Value(j);
        return j + 1;
    }

    // "2014", ", 2014" or "of 2014" right after a month; returns one past the year.
    private readonly int YearAfterMonth(int j)
    {
        j = IsPunctuation(j, ",") ? j + 1 : j;
        j = Is(j, DateWord.Of) ? j + 1 : j;
        return IsYear(j) ? j + 1 : NoMatch;
    }

    private readonly bool IsMonthName(int i, bool abbreviated) =>
        Has(i, DateTokenFlags.Month) || (abbreviated && Has(i, DateTokenFlags.MonthAbbreviation));

    // "Dec." takes its full stop with it.
    private readonly int AfterMonth(int i) =>
        Has(i, DateTokenFlags.MonthAbbreviation) && IsPunctuation(i + 1, ".") && Touches(i + 1) ? i + 2 : i + 1;

    // The link of a range: "-", "and", "to", "through", "until".
    private readonly int To(int i) =>
        IsPunctuation(i, "-–—") || IsAny(i, DateWord.And, DateWord.To, DateWord.Through, DateWord.Thru, DateWord.Until, DateWord.Till) ? i + 1 : NoMatch;

    // Joined by "and", the ends of a range must be neighbours unless "between" opened it ("July 15 and 16", "May and June"), since
    // "July 15 and 20" or "March and May" name two times, not the stretch between them.
    private readonly bool Follows(int link, int first, int last) =>
        !Is(link, DateWord.And) || last == first + 1 || (first == 7 && last == 1 && Has(link + 1, DateTokenFlags.Weekday)) || _between;

    private readonly int DayPart(int i) => IsAny(i, DateWord.Morning, DateWord.Afternoon, DateWord.Evening, DateWord.Night) ? i + 1 : i;

    // "last" (-1), "this" (0), "next" (+1), "this past" (-1), "this coming" (+1), "past" (-1), "coming" (+1).
    private readonly int ShiftWord(int i, out int shift)
    {
        shift = 0;
        if (Is(i, DateWord.This))
        {
            shift = Is(i + 1, DateWord.Past) ? -1 : Is(i + 1, DateWord.Coming) ? 1 : 0;
            return shift == 0 ? i + 1 : i + 2;
        }

        shift = IsAny(i, DateWord.Last, DateWord.Past) ? -1 : IsAny(i, DateWord.Next, DateWord.Coming) ? 1 : 0;
        return shift == 0 ? i : i + 1;
    }

    // "sent 2000 troops" counts troops; "the 2018 elections", "Brazil's 2022 vote" and "the 2018 World Cup" name a year.
    private readonly bool CountsThings(int i)
    {
        if (!IsWord(i + 1) || Has(i + 1, DateTokenFlags.Capitalised))
        {
            return false;
        }

        var next = _text[_tokens[i + 1].Start.._tokens[i + 1].StemEnd];
        if (next is "percent" or "per" or "km" or "kilometres" or "kilometers" or "miles" or "tons" or "tonnes" or "people" or "men"
            or "women" or "personnel" or "aircraft")
        {
            return true;
        }

        if (next[^1] != 's' || next is "elections" or "games" or "talks" or "protests" or "sanctions" or "negotiations" or "polls"
            or "accords" or "olympics" or "midterms" or "primaries" or "riots")
        {
            return false;
        }

        var determined = IsAny(i - 1, DateWord.The, DateWord.A, DateWord.Its, DateWord.Their, DateWord.His, DateWord.Her, DateWord.Our, DateWord.This, DateWord.That) || (IsWord(i - 1) && _tokens[i - 1].IsPossessive);
        return !determined;
    }
}
