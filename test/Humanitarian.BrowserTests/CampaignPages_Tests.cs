using System.Globalization;
using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Humanitarian.BrowserTests;

/// <summary>
/// The Campaigns module's pages along a campaign's main flow: the admin plans it (a participant unit, a
/// target the units report on, a task), the unit's officer reports a figure, the standing deputy accepts,
/// and the campaign's page shows the figure against the target.
/// </summary>
public sealed class CampaignPages_Tests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTestBase(fixture, output)
{
    private const string UnitName = "Hội Chữ thập đỏ huyện Vĩnh Linh";
    private const string TargetName = "Số đơn vị máu tiếp nhận";

    [Fact]
    public async Task Should_plan_a_campaign_let_the_unit_report_a_figure_and_show_it_against_the_target_once_accepted()
    {
        var suffix = UniqueSuffix();
        var tenant = $"vd-{suffix}";
        var campaignName = $"Hiến máu tình nguyện {suffix}";
        var taskTitle = $"Tổ chức ngày hội hiến máu {suffix}";
        await CreateTenantWithUnitAndUsersAsync(tenant, suffix);
        // The campaign runs now, so the report is neither locked nor late (dates as the form takes them).
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        static string Day(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

        // The admin finds the campaigns in the menu and plans one with the district chapter taking part.
        await Session.SignInAsync(tenant, "admin");
        await Session.Navigation.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Cuộc vận động", Exact = true }).ClickAsync();
        await Session.NavigationLink("Danh sách cuộc vận động").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/Campaigns$"));
        await Page.Locator("main .page-actions").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Thêm cuộc vận động" }).ClickAsync();
        await Page.Locator("#Input_Name").FillAsync(campaignName);
        await Page.Locator("#Input_Kind").SelectOptionAsync("BloodDonation");
        await Page.Locator("#Input_StartDate").FillAsync(Day(today.AddDays(-5)));
        await Page.Locator("#Input_EndDate").FillAsync(Day(today.AddDays(30)));
        await Page.Locator("#Input_ParticipantUnitIds").SelectOptionAsync(new SelectOptionValue { Label = UnitName + " (VL)" });
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lưu" }).ClickAsync();
        await Expect(Page.Locator("main h1")).ToContainTextAsync(campaignName);
        await Expect(Page.Locator("#campaign-status")).ToHaveTextAsync("Đang triển khai");
        await Expect(Page.Locator("#campaign-period")).ToHaveTextAsync($"{Day(today.AddDays(-5))} – {Day(today.AddDays(30))}");
        var campaignUrl = Page.Url;

        // A target the units report figures for.
        await Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Thêm chỉ tiêu" }).ClickAsync();
        await Page.Locator("#Input_Name").FillAsync(TargetName);
        await Page.Locator("#Input_Goal").FillAsync("300");
        await Page.Locator("#Input_Metric").SelectOptionAsync("Manual");
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lưu" }).ClickAsync();
        var target = Page.Locator($"main .target-list li[data-target='{TargetName}']");
        await Expect(target).ToContainTextAsync("0 / 300");
        await Expect(target).ToContainTextAsync("Chưa đạt");

        // A task for the participant unit.
        await Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Giao nhiệm vụ" }).ClickAsync();
        await Page.Locator("#Input_UnitId").SelectOptionAsync(new SelectOptionValue { Label = UnitName + " (VL)" });
        await Page.Locator("#Input_DueDate").FillAsync(Day(today.AddDays(10)));
        await Page.Locator("#Input_Title").FillAsync(taskTitle);
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lưu" }).ClickAsync();
        var task = Page.Locator($"main table.task-list tr[data-task='{taskTitle}']");
        await Expect(task).ToContainTextAsync("Chưa nộp");
        await Expect(Page.Locator("#reporting-figures")).ToContainTextAsync("Tổng số nhiệm vụ1");
        await Session.ScreenshotAsync("campaign-01-planned");
        await Session.SignOutAsync();

        // The unit's officer finds the task among their unit's and reports a figure for the target.
        await Session.SignInAsync(tenant, "can-bo");
        await Session.GotoAsync("/Campaigns/Tasks");
        await Page.Locator("main table.task-list").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = taskTitle }).ClickAsync();
        await Expect(Page.Locator("main h1")).ToContainTextAsync(taskTitle);
        var taskUrl = Page.Url;
        await Page.GetByLabel(TargetName, new PageGetByLabelOptions { Exact = true }).FillAsync("180");
        await Page.Locator("#Input_Note").FillAsync("Tiếp nhận 180 đơn vị máu tại ngày hội.");
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Nộp báo cáo" }).ClickAsync();
        await Expect(Page.Locator("main .alert-success")).ToContainTextAsync("Đã nộp báo cáo");
        await Expect(Page.Locator("#task-status")).ToHaveTextAsync("Đã nộp");
        await Expect(Page.Locator("#report")).ToContainTextAsync("180");
        await Session.SignOutAsync();

        // The standing deputy accepts the report.
        await Session.SignInAsync(tenant, "pho-ban");
        await Session.GotoAsync(new Uri(taskUrl).PathAndQuery);
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Duyệt", Exact = true }).ClickAsync();
        await Expect(Page.Locator("#task-status")).ToHaveTextAsync("Đã duyệt");

        // The campaign's page counts the figure towards the target and shows the task accepted.
        await Session.GotoAsync(new Uri(campaignUrl).PathAndQuery);
        await Expect(target).ToContainTextAsync("180 / 300");
        await Expect(target.Locator("progress")).ToHaveAttributeAsync("value", "180");
        await Expect(task).ToContainTextAsync("Đã duyệt");
        await Expect(task).ToContainTextAsync("Đúng hạn");
        await Session.ScreenshotAsync("campaign-02-report-accepted");

        Session.ShouldHaveNoPageProblems();
    }

    /// <summary>A province of its own: a district chapter, its officer and the committee's standing deputy.</summary>
    private async Task CreateTenantWithUnitAndUsersAsync(string tenant, string suffix)
    {
        using (var host = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, null, "admin"))
        {
            await host.CreateAsync("/api/multi-tenancy/tenants", new
            {
                name = tenant, displayName = $"Tỉnh Vận Động {suffix}", level = "Province",
                adminEmailAddress = $"admin.{tenant}@example.org", adminPassword = HostProcess.DemoPassword,
            });
        }
        using var admin = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, tenant, "admin");
        var unit = await admin.CreateAsync("/api/app/unit", new { code = "VL", name = UnitName, kind = "RedCrossChapter" });
        await admin.CreateAsync("/api/identity/users", new
        {
            userName = "can-bo", name = "Ba", surname = "Lê", email = $"can-bo.{suffix}@example.org",
            password = HostProcess.DemoPassword, isActive = true, roleNames = new[] { "unit-officer" }, unitId = unit,
        });
        await admin.CreateAsync("/api/identity/users", new
        {
            userName = "pho-ban", name = "Bảy", surname = "Trần", email = $"pho-ban.{suffix}@example.org",
            password = HostProcess.DemoPassword, isActive = true, roleNames = new[] { "standing-deputy" },
        });
    }
}
