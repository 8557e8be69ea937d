using System.Globalization;
using Humanitarian.Campaigns.Domain.Calendar;

namespace Humanitarian.Campaigns.Tests.Domain;

/// <summary>The lunar calendar against Tết as Vietnam keeps it, against China's where the two agree, and against itself.</summary>
public sealed class VietnameseLunarCalendar_Tests
{
    /// <summary>Mùng 1 Tết, 1985–2030, as Vietnamese calendars print it.</summary>
    private static readonly DateOnly[] Tet =
    [
        new(1985, 1, 21), new(1986, 2, 9), new(1987, 1, 29), new(1988, 2, 17), new(1989, 2, 6),
        new(1990, 1, 27), new(1991, 2, 15), new(1992, 2, 4), new(1993, 1, 23), new(1994, 2, 10),
        new(1995, 1, 31), new(1996, 2, 19), new(1997, 2, 7), new(1998, 1, 28), new(1999, 2, 16),
        new(2000, 2, 5), new(2001, 1, 24), new(2002, 2, 12), new(2003, 2, 1), new(2004, 1, 22),
        new(2005, 2, 9), new(2006, 1, 29), new(2007, 2, 17), new(2008, 2, 7), new(2009, 1, 26),
        new(2010, 2, 14), new(2011, 2, 3), new(2012, 1, 23), new(2013, 2, 10), new(2014, 1, 31),
        new(2015, 2, 19), new(2016, 2, 8), new(2017, 1, 28), new(2018, 2, 16), new(2019, 2, 5),
        new(2020, 1, 25), new(2021, 2, 12), new(2022, 2, 1), new(2023, 1, 22), new(2024, 2, 10),
        new(2025, 1, 29), new(2026, 2, 17), new(2027, 2, 6), new(2028, 1, 26), new(2029, 2, 13),
        new(2030, 2, 2),
    ];

    /// <summary>
    /// Years whose Chinese New Year falls on another day. 1985: the winter solstice of 1984 came at 23:23 in Hanoi
    /// on 21 December, 00:23 in Beijing on the 22nd, the day of a new moon, so China's month 11 began a month later.
    /// 2007 and 2030: the new moon came at 16:14 UTC on 17 February 2007 and 16:07 UTC on 2 February 2030, before
    /// midnight in Hanoi and after it in Beijing (Meeus' series, within seconds of published ephemerides); 2030-02-03,
    /// sometimes given for Vietnam, is China's date.
    /// </summary>
    private static readonly Dictionary<int, DateOnly> ChineseNewYearWhereItDiffers = new()
    {
        [1985] = new(1985, 2, 20),
        [2007] = new(2007, 2, 18),
        [2030] = new(2030, 2, 3),
    };

    public static TheoryData<int> TetYears() => new(Tet.Select(d => d.Year));

    [Theory]
    [MemberData(nameof(TetYears))]
    public void Should_put_tet_on_the_day_vietnam_keeps(int year)
    {
        var tet = Tet.Single(d => d.Year == year);

        VietnameseLunarCalendar.TetOf(year).ShouldBe(tet);
        VietnameseLunarCalendar.FromSolar(tet).ShouldBe(new LunarDate(year, 1, 1, false));
        VietnameseLunarCalendar.FromSolar(tet.AddDays(-1)).ShouldBe(
            new LunarDate(year - 1, 12, VietnameseLunarCalendar.DaysInMonth(year - 1, 12), false));
    }

    [Theory]
    [MemberData(nameof(TetYears))]
    public void Should_agree_with_china_on_tet_but_in_the_years_explained(int year)
    {
        var china = new ChineseLunisolarCalendar();
        var chineseNewYear = DateOnly.FromDateTime(china.ToDateTime(year, 1, 1, 0, 0, 0, 0));

        chineseNewYear.ShouldBe(ChineseNewYearWhereItDiffers.GetValueOrDefault(year, VietnameseLunarCalendar.TetOf(year)));
    }

    [Fact]
    public void Should_convert_every_day_of_1985_to_2030_there_and_back_in_months_of_29_or_30_days()
    {
        var previous = VietnameseLunarCalendar.FromSolar(new DateOnly(1984, 12, 31));
        for (var day = new DateOnly(1985, 1, 1); day.Year <= 2030; day = day.AddDays(1))
        {
            var lunar = VietnameseLunarCalendar.FromSolar(day);

            VietnameseLunarCalendar.ToSolar(lunar.Year, lunar.Month, lunar.Day, lunar.IsLeapMonth).ShouldBe(day);
            if (lunar.Day == 1)
            {
                previous.Day.ShouldBeInRange(29, 30, $"the month before {day}");
                VietnameseLunarCalendar.DaysInMonth(previous.Year, previous.Month, previous.IsLeapMonth).ShouldBe(previous.Day);
            }
            else
            {
                lunar.ShouldBe(previous with { Day = previous.Day + 1 }, $"{day}");
            }
            previous = lunar;
        }
    }

    [Theory]
    [InlineData(2020, 4, "2020-05-23")]
    [InlineData(2023, 2, "2023-03-22")]
    [InlineData(2025, 6, "2025-07-25")]
    [InlineData(2033, 11, "2033-12-22")] // the rare leap 11th month, which the "2033 problem" is about
    public void Should_insert_the_leap_month_after_the_month_of_its_number(int year, int month, string firstDay)
    {
        VietnameseLunarCalendar.LeapMonthOf(year).ShouldBe(month);
        VietnameseLunarCalendar.ToSolar(year, month, 1, isLeapMonth: true).ShouldBe(DateOnly.Parse(firstDay, CultureInfo.InvariantCulture));
        VietnameseLunarCalendar.FromSolar(DateOnly.Parse(firstDay, CultureInfo.InvariantCulture)).ShouldBe(new LunarDate(year, month, 1, true));
        VietnameseLunarCalendar.ToSolar(year, month, 1).ShouldBeLessThan(VietnameseLunarCalendar.ToSolar(year, month, 1, isLeapMonth: true));
    }

    [Theory]
    [InlineData(2021)]
    [InlineData(2024)]
    [InlineData(2026)]
    public void Should_have_no_leap_month_in_a_twelve_month_year(int year)
    {
        VietnameseLunarCalendar.LeapMonthOf(year).ShouldBeNull();
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(year, 4, 1, isLeapMonth: true));
    }

    [Fact]
    public void Should_put_the_15th_of_the_12th_month_of_giap_thin_on_14_january_2025()
    {
        // Tháng Chạp Giáp Thìn began on 31 December 2024 (new moon 30 December, 22:27 UTC); 12 January 2025 is its 13th.
        VietnameseLunarCalendar.ToSolar(2024, 12, 1).ShouldBe(new DateOnly(2024, 12, 31));
        VietnameseLunarCalendar.ToSolar(2024, 12, 15).ShouldBe(new DateOnly(2025, 1, 14));
        VietnameseLunarCalendar.FromSolar(new DateOnly(2025, 1, 12)).ShouldBe(new LunarDate(2024, 12, 13, false));
    }

    [Fact]
    public void Should_refuse_a_day_the_month_does_not_have()
    {
        VietnameseLunarCalendar.DaysInMonth(2024, 12).ShouldBe(29);

        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(2024, 12, 30));
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(2024, 13, 1));
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(2024, 1, 0));
    }

    [Fact]
    public void Should_refuse_years_outside_1900_to_2199()
    {
        VietnameseLunarCalendar.TetOf(1900).ShouldBe(new DateOnly(1900, 1, 31));
        VietnameseLunarCalendar.MinDate.ShouldBe(new DateOnly(1900, 1, 31));
        VietnameseLunarCalendar.FromSolar(VietnameseLunarCalendar.MaxDate).Year.ShouldBe(2199);

        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.TetOf(1899));
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.TetOf(2200));
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.FromSolar(new DateOnly(1900, 1, 30)));
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.FromSolar(VietnameseLunarCalendar.MaxDate.AddDays(1)));
    }
}
