using System.Collections.Concurrent;

namespace Humanitarian.Campaigns.Domain.Calendar;

/// <summary>
/// The Vietnamese lunisolar calendar (âm lịch) by the rules Hồ Ngọc Đức sets out in "Thuật toán tính âm lịch":
/// a month begins on the local day of a new moon; month 11 is the one holding the winter solstice; when 13 months
/// lie between two months 11, the first of them in which the sun crosses no multiple of 30° (no major solar term)
/// is the leap month and repeats the number of the month before it. Days are reckoned at UTC+7, Vietnam's time
/// since 1968, for the whole range. China applies the same rules at UTC+8 (<c>ChineseLunisolarCalendar</c>), so a
/// new moon or a term in the hour between the two midnights puts some months a day, and some years a month, apart.
/// </summary>
public static class VietnameseLunarCalendar
{
    public const int MinYear = 1900;
    public const int MaxYear = 2199;

    // Each solstice year is computed once: pages and listings convert many dates, and there are only 300 of them.
    private static readonly ConcurrentDictionary<int, LunarMonth[]> SolsticeYears = new();

    /// <summary>The first and last solar days whose lunar year lies in <see cref="MinYear"/>..<see cref="MaxYear"/>.</summary>
    public static readonly DateOnly MinDate = DateOnly.FromDayNumber(MonthsOfLunarYear(MinYear).First().FirstDay);
    public static readonly DateOnly MaxDate = DateOnly.FromDayNumber(MonthsOfLunarYear(MaxYear).Last().EndDay - 1);

    public static DateOnly TetOf(int lunarYear) => ToSolar(lunarYear, 1, 1);

    public static DateOnly ToSolar(int lunarYear, int lunarMonth, int lunarDay, bool isLeapMonth = false)
    {
        var month = Month(lunarYear, lunarMonth, isLeapMonth);
        ArgumentOutOfRangeException.ThrowIfLessThan(lunarDay, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lunarDay, month.Length);
        return DateOnly.FromDayNumber(month.FirstDay + lunarDay - 1);
    }

    public static LunarDate FromSolar(DateOnly date)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(date, MinDate);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(date, MaxDate);

        var day = date.DayNumber;
        var months = MonthsOfSolsticeYear(date.Year);
        if (day >= months[^1].EndDay)
        {
            months = MonthsOfSolsticeYear(date.Year + 1);
        }
        var month = months.Single(m => m.FirstDay <= day && day < m.EndDay);
        return new LunarDate(month.Year, month.Month, day - month.FirstDay + 1, month.IsLeap);
    }

    /// <summary>The number of the month that <paramref name="lunarYear"/> repeats as a leap month, or null.</summary>
    public static int? LeapMonthOf(int lunarYear)
    {
        CheckYear(lunarYear);
        return MonthsOfLunarYear(lunarYear).SingleOrDefault(m => m.IsLeap)?.Month;
    }

    /// <summary>29 or 30.</summary>
    public static int DaysInMonth(int lunarYear, int lunarMonth, bool isLeapMonth = false) =>
        Month(lunarYear, lunarMonth, isLeapMonth).Length;

    private sealed record LunarMonth(int Year, int Month, bool IsLeap, int FirstDay, int Length)
    {
        public int EndDay => FirstDay + Length;
    }

    private static void CheckYear(int lunarYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lunarYear, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lunarYear, MaxYear);
    }

    private static LunarMonth Month(int lunarYear, int lunarMonth, bool isLeapMonth)
    {
        CheckYear(lunarYear);
        ArgumentOutOfRangeException.ThrowIfLessThan(lunarMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lunarMonth, 12);
        return MonthsOfLunarYear(lunarYear).SingleOrDefault(m => m.Month == lunarMonth && m.IsLeap == isLeapMonth)
            ?? throw new ArgumentOutOfRangeException(nameof(isLeapMonth), $"Lunar year {lunarYear} has no leap month {lunarMonth}.");
    }

    /// <summary>Months 1 to 10 lie in the solstice year of the same number; 11 and 12 (and a leap 11 or 12) in the next.</summary>
    private static IEnumerable<LunarMonth> MonthsOfLunarYear(int lunarYear) =>
        MonthsOfSolsticeYear(lunarYear).Concat(MonthsOfSolsticeYear(lunarYear + 1)).Where(m => m.Year == lunarYear);

    /// <summary>The 12 or 13 months from month 11 of <paramref name="year"/> − 1 to the eve of month 11 of <paramref name="year"/>.</summary>
    private static LunarMonth[] MonthsOfSolsticeYear(int year) => SolsticeYears.GetOrAdd(year, static year =>
    {
        var first = Month11Lunation(year - 1);
        var count = Month11Lunation(year) - first;
        var firstDays = Enumerable.Range(first, count + 1).Select(LunarAstronomy.NewMoonDay).ToArray();
        // With 13 months and 12 major terms in the solstice year, at least one month has none; the first is the leap.
        var leap = count == 13
            ? Enumerable.Range(1, 12).First(i => MajorTerm(firstDays[i]) == MajorTerm(firstDays[i + 1]))
            : -1;

        var months = new LunarMonth[count];
        var (lunarYear, number) = (year - 1, 10);
        for (var i = 0; i < count; i++)
        {
            if (i != leap && ++number == 13)
            {
                (lunarYear, number) = (year, 1);
            }
            months[i] = new LunarMonth(lunarYear, number, i == leap, firstDays[i], firstDays[i + 1] - firstDays[i]);
        }
        return months;
    });

    /// <summary>The sun's 30° sector: the same at the starts of two months means no major term fell in the first.</summary>
    private static int MajorTerm(int day) => (int)(LunarAstronomy.SunLongitudeAtStartOf(day) / 30);

    /// <summary>The lunation that begins month 11 of <paramref name="year"/>: the month holding the winter solstice.</summary>
    private static int Month11Lunation(int year)
    {
        // The year's last new moon begins month 11 unless the sun had passed 270° when that day began.
        var lastDay = new DateOnly(year, 12, 31).DayNumber;
        var k = (int)Math.Floor((lastDay - LunarAstronomy.Lunation0Day) / LunarAstronomy.SynodicMonth);
        while (LunarAstronomy.NewMoonDay(k + 1) <= lastDay)
        {
            k++;
        }
        while (LunarAstronomy.NewMoonDay(k) > lastDay)
        {
            k--;
        }
        return LunarAstronomy.SunLongitudeAtStartOf(LunarAstronomy.NewMoonDay(k)) >= 270 ? k - 1 : k;
    }
}
