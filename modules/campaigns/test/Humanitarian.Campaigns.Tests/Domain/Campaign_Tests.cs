using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Entities;
using Humanitarian.Framework.Domain;

namespace Humanitarian.Campaigns.Tests.Domain;

/// <summary>A campaign's own rules — period, status, runs, due and activity dates — without host or database.</summary>
public sealed class Campaign_Tests
{
    private static Campaign HumanitarianMonth() =>
        new(Guid.NewGuid(), "Tháng Nhân đạo", CampaignKind.HumanitarianMonth, CampaignRecurrence.Yearly, new DateOnly(2024, 5, 1), new DateOnly(2024, 5, 31));

    [Fact]
    public void Should_refuse_an_end_before_the_start() =>
        Should.Throw<BusinessException>(() => new Campaign(Guid.NewGuid(), "Kế hoạch", CampaignKind.Other, CampaignRecurrence.None,
            new DateOnly(2024, 5, 31), new DateOnly(2024, 5, 1))).Code.ShouldBe(CampaignsErrorCodes.EndBeforeStart);

    [Fact]
    public void Should_refuse_a_yearly_campaign_lasting_a_year_or_more() =>
        Should.Throw<BusinessException>(() => new Campaign(Guid.NewGuid(), "Kế hoạch", CampaignKind.Other, CampaignRecurrence.Yearly,
            new DateOnly(2024, 1, 1), new DateOnly(2025, 1, 1))).Code.ShouldBe(CampaignsErrorCodes.RecurringPeriodTooLong);

    [Fact]
    public void Should_move_the_status_forward_only()
    {
        var campaign = HumanitarianMonth();
        campaign.ChangeStatus(CampaignStatus.Closed);

        Should.Throw<BusinessException>(() => campaign.ChangeStatus(CampaignStatus.Active)).Code.ShouldBe(CampaignsErrorCodes.InvalidStatusChange);
        Should.Throw<BusinessException>(campaign.CheckOpen).Code.ShouldBe(CampaignsErrorCodes.CampaignNotOpen);
    }

    [Fact]
    public void Should_put_a_report_task_due_after_the_month_in_that_years_run()
    {
        // "Báo cáo kết quả Tháng Nhân đạo trước 10/6": ten days after the month, within the 30 report days.
        HumanitarianMonth().RunOfDueDate(new DateOnly(2025, 6, 10), null, reportDays: 30).ShouldBe(2025);
    }

    [Fact]
    public void Should_refuse_a_due_date_outside_the_run_and_its_report_days() =>
        Should.Throw<BusinessException>(() => HumanitarianMonth().RunOfDueDate(new DateOnly(2025, 8, 1), 2025, reportDays: 30))
            .Code.ShouldBe(CampaignsErrorCodes.DueDateOutsideCampaign);

    [Fact]
    public void Should_keep_a_one_off_campaigns_tasks_out_of_any_year()
    {
        var plan = new Campaign(Guid.NewGuid(), "Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo", CampaignKind.HumanitarianAddress,
            CampaignRecurrence.None, new DateOnly(2019, 1, 1), new DateOnly(2021, 12, 31));

        plan.RunOfDueDate(new DateOnly(2020, 2, 28), null, reportDays: 30).ShouldBeNull();
    }

    [Fact]
    public void Should_take_activities_on_the_days_of_a_run_only()
    {
        var campaign = HumanitarianMonth();
        campaign.CheckActivityDate(new DateOnly(2026, 5, 19));

        Should.Throw<BusinessException>(() => campaign.CheckActivityDate(new DateOnly(2026, 6, 1)))
            .Code.ShouldBe(CampaignsErrorCodes.ActivityDateOutsideCampaign);
    }

    [Fact]
    public void Should_keep_one_theme_per_year_and_refuse_a_year_it_does_not_run()
    {
        var campaign = HumanitarianMonth();
        campaign.SetTheme(2024, "Hành trình nhân đạo – Trao nhận yêu thương");
        campaign.SetTheme(2024, "Hành trình nhân đạo – Trao nhận yêu thương ");

        campaign.Themes.ShouldHaveSingleItem().Theme.ShouldBe("Hành trình nhân đạo – Trao nhận yêu thương");
        Should.Throw<BusinessException>(() => campaign.SetTheme(2023, "Chủ đề")).Code.ShouldBe(CampaignsErrorCodes.YearOutsideCampaign);
    }
}
