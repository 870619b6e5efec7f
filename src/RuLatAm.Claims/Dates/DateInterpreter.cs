namespace RuLatAm.Claims.Dates;

/// <summary>Gives a <see cref="DateParse"/> its value against a publication date, a tense and an optional anchor.</summary>
/// <remarks>May throw <see cref="ArgumentOutOfRangeException"/> past the years <see cref="DateOnly"/> holds; the resolver catches it.</remarks>
internal readonly ref struct DateInterpreter
{
    private readonly DateParser _parser;
    private readonly DateOnly _published;
    private readonly Tense _tense;
    private readonly ResolvedDate? _anchor;

    /// <summary>Creates an interpreter.</summary>
    /// <param name="parser">The parser over the phrase's tokens, for dates written inside an offset's event.</param>
    /// <param name="published">The publication date.</param>
    /// <param name="tense">The verb's tense.</param>
    /// <param name="anchor">The earlier dated event, if any.</param>
    public DateInterpreter(DateParser parser, DateOnly published, Tense tense, ResolvedDate? anchor)
    {
        _parser = parser;
        _published = published;
        _tense = tense;
        _anchor = anchor;
    }

    /// <summary>The value of <paramref name="parse"/>, or null.</summary>
    /// <param name="parse">What the parser read.</param>
    public ResolvedDate? Interpret(in DateParse parse)
    {
        if (parse.Preposition == DatePreposition.Outside)
        {
            return null;
        }

        var value = parse.Form switch
        {
            DateForm.Calendar => parse.IsRange ? Range(parse.First, parse.Last) : Point(parse.First),
            DateForm.Deictic => Deictic(parse.Unit, parse.Shift),
            DateForm.Weekend => Weekend(),
            DateForm.Anchored => Anchored(parse.Unit, parse.Shift),
            DateForm.Duration => Duration(parse),
            DateForm.Relative => Relative(parse),
            _ => null,
        };
        return value is null ? null : Part(value, parse.Modifier);
    }

    // "the first quarter of 2014" is a range inside a year; "mid-2013" and "the end of March" stay the period itself.
    private static ResolvedDate Part(ResolvedDate value, DateModifier modifier)
    {
        if (value.Precision != DatePrecision.Year || modifier is DateModifier.None or DateModifier.Part)
        {
            return value;
        }

        var year = value.Start.Year;
        var (first, months) = modifier switch
        {
            DateModifier.FirstHalf => (1, 6),
            DateModifier.SecondHalf => (7, 6),
            DateModifier.FirstQuarter => (1, 3),
            DateModifier.SecondQuarter => (4, 3),
            DateModifier.ThirdQuarter => (7, 3),
            _ => (10, 3),
        };
        var start = new DateOnly(year, first, 1);
        return ResolvedDate.Range(start, start.AddMonths(months).AddDays(-1));
    }

    private ResolvedDate? Point(DatePoint point)
    {
        if (point.Decade > 0 || (point.ShortYear && point.Year == 0))
        {
            return CalendarMath.Decade(DecadeStart(point));
        }

        if (point.Weekday > 0)
        {
            return ResolvedDate.Day(point.HasShift
                ? CalendarMath.ShiftedWeekday(_published, point.Weekday, point.Shift)
                : CalendarMath.Weekday(_published, point.Weekday, _tense));
        }

        if (point.Month == 0)
        {
            return point.Year > 0 ? ResolvedDate.Year(point.Year) : null;
        }

        var year = point.Year > 0 ? point.Year
            : point.HasShift ? CalendarMath.ShiftedMonthYear(_published, point.Month, point.Shift)
            : CalendarMath.YearOf(_published, point.Month, point.Day, _tense);
        if (point.Day == 0)
        {
            return ResolvedDate.Month(year, point.Month);
        }

        return point.Day <= DateTime.DaysInMonth(year, point.Month) ? ResolvedDate.Day(new DateOnly(year, point.Month, point.Day)) : null;
    }

    // "the '90s" is the most recent such decade that has begun by publication.
    private int DecadeStart(DatePoint point)
    {
        if (!point.ShortYear)
        {
            return point.Decade;
        }

        var century = _published.Year / 100 * 100;
        return century + point.Decade <= _published.Year ? century + point.Decade : century - 100 + point.Decade;
    }

    // "July 15 and 16", "15-16 July", "March to May 2014", "2011-13", "Monday and Tuesday", "from 2011 to 2013"
    private ResolvedDate? Range(DatePoint first, DatePoint last)
    {
        if (last.Day > 0 && last.Month == 0)
        {
            last.Month = first.Month;
        }

        if (first.Day > 0 && first.Month == 0)
        {
            first.Month = last.Month;
        }

        if (last.ShortYear && last.Decade == 0)
        {
            var century = first.Year / 100 * 100;
            last.Year = century + last.Year < first.Year ? century + 100 + last.Year : century + last.Year;
            last.ShortYear = false;
        }

        if (first.Weekday > 0 && last.Weekday > 0)
        {
            var day = Point(first)!.Start;
            return ResolvedDate.Range(day, day.AddDays(((last.Weekday - first.Weekday) % 7 + 7) % 7));
        }

        if (first.Year == 0 && last.Year > 0 && first.Month > 0)
        {
            // "December to February 2014" starts in December 2013.
            first.Year = Order(first) > Order(last) ? last.Year - 1 : last.Year;
        }

        var start = Point(first);
        if (start is null)
        {
            return null;
        }

        if (last.Year == 0 && last.Month > 0)
        {
            last.Year = Order(last) < Order(first) ? start.Start.Year + 1 : start.Start.Year;
        }

        var end = Point(last);
        return end is null || end.End < start.Start ? null : ResolvedDate.Range(start.Start, end.End);
    }

    private static int Order(DatePoint point) => (point.Month * 100) + point.Day;

    private ResolvedDate? Deictic(TimeUnit unit, int shift) => unit switch
    {
        TimeUnit.Day => ResolvedDate.Day(_published.AddDays(shift)),
        TimeUnit.Week => CalendarMath.WeekOf(_published.AddDays(7 * shift)),
        TimeUnit.Weekend => CalendarMath.WeekendOf(_published.AddDays(7 * shift)),
        TimeUnit.Month => _published.AddMonths(shift) is var month ? ResolvedDate.Month(month.Year, month.Month) : null,
        TimeUnit.Year => ResolvedDate.Year(_published.Year + shift),
        TimeUnit.Decade => CalendarMath.Decade((_published.Year / 10 * 10) + (10 * shift)),
        _ => null,
    };

    // "over the weekend": the last one for a past verb (the current one on a weekend), else the next.
    private ResolvedDate Weekend()
    {
        var today = (int)_published.DayOfWeek;
        var saturday = _tense == Tense.Past ? _published.AddDays(-((today + 1) % 7)) : _published.AddDays((6 - today + 7) % 7);
        return ResolvedDate.Range(saturday, saturday.AddDays(1));
    }

    // "the same day", "later that year" (shift 0); "the next day", "the following week" (+1); "the previous month" (-1).
    private ResolvedDate? Anchored(TimeUnit unit, int shift)
    {
        if (_anchor is not { } anchor)
        {
            return null;
        }

        if (Rank(unit) < Rank(anchor))
        {
            // Finer than what is known of the event: "the next day" after "in March" is still March.
            return anchor;
        }

        var day = shift >= 0 ? anchor.End : anchor.Start;
        if (shift == 0 && unit == TimeUnit.Day)
        {
            return anchor;
        }

        day = CalendarMath.Add(day, shift, unit);
        return unit switch
        {
            TimeUnit.Day => ResolvedDate.Day(day),
            TimeUnit.Week => CalendarMath.WeekOf(day),
            TimeUnit.Weekend => CalendarMath.WeekendOf(day),
            TimeUnit.Month => ResolvedDate.Month(day.Year, day.Month),
            _ => ResolvedDate.Year(day.Year),
        };
    }

    private ResolvedDate? Duration(in DateParse parse)
    {
        var count = parse.Quantity;
        switch (parse.Direction)
        {
            case DateDirection.Past when count > 0:
                return ResolvedDate.Range(CalendarMath.Add(_published, -count, parse.Unit), _published);
            case DateDirection.Coming:
            case DateDirection.Next when _tense != Tense.Past:
                return count > 0 ? ResolvedDate.Range(_published, CalendarMath.Add(_published, count, parse.Unit)) : null;
            case DateDirection.Next:
            case DateDirection.Following:
                // "Over the next few days, X held talks": the earlier event's own date (section 6).
                return _anchor;
            case DateDirection.Previous when _anchor is { } anchor:
                return count > 0 ? ResolvedDate.Range(CalendarMath.Add(anchor.Start, -count, parse.Unit), anchor.Start) : anchor;
            default:
                return null;
        }
    }

    // "two days ahead of the arrival", "a week later", "two years ago", "on the eve of the vote"
    private ResolvedDate? Relative(in DateParse parse)
    {
        var exact = parse.Quantity > 0 && !parse.Bounded;
        if (parse.Ago)
        {
            if (!exact)
            {
                return null;
            }

            var day = CalendarMath.Add(_published, -parse.Quantity, parse.Unit);
            return parse.Unit switch
            {
                TimeUnit.Day or TimeUnit.Week => ResolvedDate.Day(day),
                TimeUnit.Month => ResolvedDate.Month(day.Year, day.Month),
                _ => ResolvedDate.Year(day.Year),
            };
        }

        var from = EventDate(parse.EventStart, parse.EventEnd) ?? _anchor;
        return from is null || !exact ? from : Move(from, parse.Shift * parse.Quantity, parse.Unit);
    }

    // A date written in the event itself: "two days before the July 4 vote".
    private ResolvedDate? EventDate(int start, int end)
    {
        var parser = _parser;
        for (var i = start; i < end; i++)
        {
            var phraseEnd = parser.Match(i);
            if (phraseEnd > i && phraseEnd <= end && parser.Result.Form != DateForm.Relative)
            {
                var found = new DateInterpreter(parser, _published, _tense, anchor: null).Interpret(parser.Result);
                if (found is not null)
                {
                    return found;
                }
            }
        }

        return null;
    }

    // The event's date moved by an exact offset, as precise as both allow.
    private static ResolvedDate Move(ResolvedDate from, int amount, TimeUnit unit)
    {
        if (Rank(unit) < Rank(from))
        {
            return from;
        }

        if (from.Precision == DatePrecision.Range && Rank(unit) >= 2)
        {
            return ResolvedDate.Range(CalendarMath.Add(from.Start, amount, unit), CalendarMath.Add(from.End, amount, unit));
        }

        var day = CalendarMath.Add(amount >= 0 ? from.End : from.Start, amount, unit);
        return from.Precision switch
        {
            DatePrecision.Month => ResolvedDate.Month(day.Year, day.Month),
            DatePrecision.Year => ResolvedDate.Year(day.Year),
            _ => ResolvedDate.Day(day),
        };
    }

    private static int Rank(TimeUnit unit) => unit switch
    {
        TimeUnit.Day => 0,
        TimeUnit.Week or TimeUnit.Weekend => 1,
        TimeUnit.Month => 2,
        _ => 3,
    };

    private static int Rank(ResolvedDate date) => date.Precision switch
    {
        DatePrecision.Month => 2,
        DatePrecision.Year => 3,
        _ => 0,
    };
}
