using System.Globalization;
using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Domain.Calendar;
using Humanitarian.Campaigns.Domain.Campaigns;

namespace Humanitarian.Campaigns.Tests.Domain;

/// <summary>A campaign's periods year by year, from its first run, without host or database.</summary>
public sealed class CampaignOccurrences_Tests
{
    // Tháng Nhân đạo: 1–31 May, every year since 2024 here.
    private static readonly DateOnly HumanitarianMonthStart = new(2024, 5, 1);
    private static readonly DateOnly HumanitarianMonthEnd = new(2024, 5, 31);

    // Tết Nhân ái Ất Tỵ: from 15/12 Giáp Thìn to Tết Ất Tỵ.
    private static readonly DateOnly TetCampaignStart = VietnameseLunarCalendar.ToSolar(2024, 12, 15);
    private static readonly DateOnly TetCampaignEnd = VietnameseLunarCalendar.TetOf(2025);

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2030)]
    public void Should_run_the_humanitarian_month_through_may_every_year(int year) =>
        CampaignOccurrences.For(CampaignRecurrence.Yearly, HumanitarianMonthStart, HumanitarianMonthEnd, year)
            .ShouldBe(new OccurrencePeriod(year, new DateOnly(year, 5, 1), new DateOnly(year, 5, 31)));

    [Fact]
    public void Should_have_no_occurrence_before_the_first_run() =>
        CampaignOccurrences.For(CampaignRecurrence.Yearly, HumanitarianMonthStart, HumanitarianMonthEnd, 2023).ShouldBeNull();

    [Fact]
    public void Should_move_29_february_to_the_28th_in_a_common_year_and_back_in_a_leap_year()
    {
        var start = new DateOnly(2024, 2, 29);
        var end = new DateOnly(2024, 3, 10);

        CampaignOccurrences.For(CampaignRecurrence.Yearly, start, end, 2025)
            .ShouldBe(new OccurrencePeriod(2025, new DateOnly(2025, 2, 28), new DateOnly(2025, 3, 10)));
        CampaignOccurrences.For(CampaignRecurrence.Yearly, start, end, 2028)
            .ShouldBe(new OccurrencePeriod(2028, new DateOnly(2028, 2, 29), new DateOnly(2028, 3, 10)));
    }

    [Fact]
    public void Should_number_a_solar_period_across_new_year_by_the_year_it_ends_in() =>
        CampaignOccurrences.For(CampaignRecurrence.Yearly, new DateOnly(2024, 12, 15), new DateOnly(2025, 1, 15), 2026)
            .ShouldBe(new OccurrencePeriod(2026, new DateOnly(2025, 12, 15), new DateOnly(2026, 1, 15)));

    [Fact]
    public void Should_run_tet_nhan_ai_from_the_15th_of_the_12th_month_to_tet()
    {
        TetCampaignStart.ShouldBe(new DateOnly(2025, 1, 14));
        TetCampaignEnd.ShouldBe(new DateOnly(2025, 1, 29));

        CampaignOccurrences.For(CampaignRecurrence.YearlyLunar, TetCampaignStart, TetCampaignEnd, 2025)
            .ShouldBe(new OccurrencePeriod(2025, new DateOnly(2025, 1, 14), new DateOnly(2025, 1, 29)));
        // Tháng Chạp Ất Tỵ begins on 19 January 2026; Tết Bính Ngọ is 17 February 2026.
        CampaignOccurrences.For(CampaignRecurrence.YearlyLunar, TetCampaignStart, TetCampaignEnd, 2026)
            .ShouldBe(new OccurrencePeriod(2026, new DateOnly(2026, 2, 2), new DateOnly(2026, 2, 17)));
        CampaignOccurrences.For(CampaignRecurrence.YearlyLunar, TetCampaignStart, TetCampaignEnd, 2024).ShouldBeNull();
    }

    [Fact]
    public void Should_keep_the_lunar_days_of_a_template_given_in_solar_dates()
    {
        // 12 January 2025 is 13/12 Giáp Thìn, so the next run starts on 13/12 Ất Tỵ.
        CampaignOccurrences.For(CampaignRecurrence.YearlyLunar, new DateOnly(2025, 1, 12), new DateOnly(2025, 1, 29), 2026)
            .ShouldBe(new OccurrencePeriod(2026, new DateOnly(2026, 1, 31), new DateOnly(2026, 2, 17)));
    }

    [Fact]
    public void Should_make_new_years_eve_the_29th_when_the_12th_month_has_no_30th()
    {
        // 30/12 Quý Mão (9 February 2024) to Tết Giáp Thìn; Tháng Chạp Giáp Thìn has 29 days.
        var start = VietnameseLunarCalendar.ToSolar(2023, 12, 30);

        CampaignOccurrences.For(CampaignRecurrence.YearlyLunar, start, VietnameseLunarCalendar.TetOf(2024), 2025)
            .ShouldBe(new OccurrencePeriod(2025, new DateOnly(2025, 1, 28), new DateOnly(2025, 1, 29)));
    }

    [Fact]
    public void Should_use_the_ordinary_month_when_a_year_lacks_the_templates_leap_month()
    {
        // 10 to 20 of the leap 6th month of Ất Tỵ (3 to 13 August 2025); Bính Ngọ has no leap month.
        var start = VietnameseLunarCalendar.ToSolar(2025, 6, 10, isLeapMonth: true);
        var end = VietnameseLunarCalendar.ToSolar(2025, 6, 20, isLeapMonth: true);

        CampaignOccurrences.For(CampaignRecurrence.YearlyLunar, start, end, 2026).ShouldBe(new OccurrencePeriod(2026,
            VietnameseLunarCalendar.ToSolar(2026, 6, 10), VietnameseLunarCalendar.ToSolar(2026, 6, 20)));
    }

    [Fact]
    public void Should_give_a_single_campaign_only_its_own_period()
    {
        var start = new DateOnly(2019, 3, 1);
        var end = new DateOnly(2021, 12, 31);

        CampaignOccurrences.For(CampaignRecurrence.None, start, end, 2021).ShouldBe(new OccurrencePeriod(2021, start, end));
        CampaignOccurrences.For(CampaignRecurrence.None, start, end, 2020).ShouldBeNull();
        CampaignOccurrences.For(CampaignRecurrence.None, start, end, 2022).ShouldBeNull();
        CampaignOccurrences.Overlapping(CampaignRecurrence.None, start, end, new DateOnly(2020, 1, 1), new DateOnly(2020, 1, 1))
            .Select(o => o.Year).ShouldBe([2021]);
    }

    [Fact]
    public void Should_find_a_day_early_in_a_single_campaign_of_many_years()
    {
        var start = new DateOnly(2019, 9, 3);
        var end = new DateOnly(2025, 12, 31);

        CampaignOccurrences.Overlapping(CampaignRecurrence.None, start, end, new DateOnly(2019, 10, 15), new DateOnly(2019, 10, 15))
            .ShouldBe([new OccurrencePeriod(2025, start, end)]);
        CampaignOccurrences.Overlapping(CampaignRecurrence.None, start, end, new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 1)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("2024-01-01", "2026-12-31", new[] { 2024, 2025, 2026 })]
    [InlineData("2025-05-31", "2026-05-01", new[] { 2025, 2026 })]
    [InlineData("2025-06-01", "2026-04-30", new int[0])]
    [InlineData("2020-01-01", "2024-05-01", new[] { 2024 })]
    public void Should_list_the_humanitarian_months_that_overlap_a_range(string from, string to, int[] years) =>
        CampaignOccurrences.Overlapping(CampaignRecurrence.Yearly, HumanitarianMonthStart, HumanitarianMonthEnd,
                DateOnly.Parse(from, CultureInfo.InvariantCulture), DateOnly.Parse(to, CultureInfo.InvariantCulture))
            .Select(o => o.Year).ShouldBe(years);

    [Theory]
    [InlineData("2025-01-01", "2027-12-31", new[] { 2025, 2026, 2027 })]
    [InlineData("2025-01-29", "2026-02-01", new[] { 2025 })]
    [InlineData("2025-01-30", "2026-02-01", new int[0])]
    [InlineData("2026-12-01", "2027-01-31", new[] { 2027 })]
    public void Should_list_the_tet_campaigns_that_overlap_a_range(string from, string to, int[] years) =>
        CampaignOccurrences.Overlapping(CampaignRecurrence.YearlyLunar, TetCampaignStart, TetCampaignEnd,
                DateOnly.Parse(from, CultureInfo.InvariantCulture), DateOnly.Parse(to, CultureInfo.InvariantCulture))
            .Select(o => o.Year).ShouldBe(years);

    [Fact]
    public void Should_refuse_a_period_that_ends_before_it_starts_or_recurs_and_lasts_a_year()
    {
        Should.Throw<ArgumentException>(() =>
            CampaignOccurrences.For(CampaignRecurrence.None, new DateOnly(2025, 2, 1), new DateOnly(2025, 1, 31), 2025));
        Should.Throw<ArgumentException>(() =>
            CampaignOccurrences.For(CampaignRecurrence.Yearly, new DateOnly(2025, 1, 1), new DateOnly(2026, 1, 1), 2026));
    }
}
