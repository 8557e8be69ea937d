using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Humanitarian.BrowserTests;

/// <summary>
/// The Campaigns module's pages along a campaign's main flow: the admin plans it (a participant unit, a
/// target the units report on, a task), the unit's officer reports a figure, the standing deputy accepts,
/// and the campaign's page shows the figure against the target. Then the rest of the plan's upkeep: a
/// year's theme, a task's due date moved, and what a province sees of its children's reporting.
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
        // It attaches the signed minutes to the report first: a real file through the attachments card.
        var upload = Page.Locator("main form.attachment-upload");
        await upload.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "Biên bản ngày hội hiến máu.pdf", MimeType = "application/pdf",
            Buffer = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
        });
        await upload.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Tải lên", Exact = true }).ClickAsync();
        await Expect(Page.Locator("main .alert-success")).ToContainTextAsync("Đã tải lên 'Biên bản ngày hội hiến máu.pdf'");
        await Expect(Page.Locator("main table.attachment-list")).ToContainTextAsync("Biên bản ngày hội hiến máu.pdf");
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
        await Expect(Page.Locator("main table.attachment-list")).ToContainTextAsync("Biên bản ngày hội hiến máu.pdf");
        // Submitted, the report's files are the record: no upload, no delete.
        await Expect(Page.Locator("main form.attachment-upload")).ToHaveCountAsync(0);
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

    [Fact]
    public async Task Should_search_the_participants_set_a_years_theme_move_a_tasks_due_date_and_show_the_childrens_reporting_rates()
    {
        var suffix = UniqueSuffix();
        var province = $"vdt-{suffix}";
        var district = $"vdh-{suffix}";
        var districtName = $"Huyện Báo Cáo {suffix}";
        var campaignName = $"Tháng Nhân đạo {suffix}";
        var taskTitle = $"Tổng kết Tháng Nhân đạo {suffix}";
        var theme = $"Chung tay vì cộng đồng {suffix}";
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        static string Day(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        await CreateProvinceWithChildReportingAsync(province, district, districtName, suffix, today);

        // The province's admin plans a yearly campaign, finding the participant among the units by typing.
        await Session.SignInAsync(province, "admin");
        await Session.GotoAsync("/Campaigns/Create");
        await Page.Locator("#Input_Name").FillAsync(campaignName);
        await Page.Locator("#Input_Kind").SelectOptionAsync("HumanitarianMonth");
        await Page.Locator("#Input_StartDate").FillAsync(Day(today.AddDays(-5)));
        await Page.Locator("#Input_EndDate").FillAsync(Day(today.AddDays(30)));
        await Page.Locator("#Input_Recurrence").SelectOptionAsync("Yearly");
        var participants = Page.Locator("#Input_ParticipantUnitIds");
        await Page.Locator("#Input_ParticipantUnitIds_filter").FillAsync("vinh linh");
        await Expect(participants.Locator("option", new LocatorLocatorOptions { HasText = "Gio Linh" })).ToHaveAttributeAsync("hidden", "");
        await participants.SelectOptionAsync(new SelectOptionValue { Label = UnitName + " (VL)" });
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lưu" }).ClickAsync();
        await Expect(Page.Locator("main h1")).ToContainTextAsync(campaignName);
        await Expect(Page.Locator("#campaign-participants")).ToHaveTextAsync(UnitName);

        // This year's theme, on the campaign's page.
        await Page.Locator("#theme-form #Input_Theme").FillAsync(theme);
        await Page.Locator("#theme-form").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lưu" }).ClickAsync();
        await Expect(Page.Locator("main .alert-success")).ToContainTextAsync("Đã lưu chủ đề năm");
        await Expect(Page.Locator("#campaign-theme")).ToHaveTextAsync($"Chủ đề: “{theme}”");
        await Expect(Page.Locator("main [data-export=activities]"))
            .ToHaveAttributeAsync("href", new Regex(@"^/api/app/campaign-activity/export-excel\?campaignId=[0-9a-f-]{36}$"));

        // A task, then its due date moved on its edit page.
        await Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Giao nhiệm vụ" }).ClickAsync();
        await Page.Locator("#Input_UnitId").SelectOptionAsync(new SelectOptionValue { Label = UnitName + " (VL)" });
        await Page.Locator("#Input_DueDate").FillAsync(Day(today.AddDays(10)));
        await Page.Locator("#Input_Title").FillAsync(taskTitle);
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lưu" }).ClickAsync();
        var task = Page.Locator($"main table.task-list tr[data-task='{taskTitle}']");
        await Expect(task).ToContainTextAsync(Day(today.AddDays(10)));
        await task.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = $"Sửa nhiệm vụ '{taskTitle}'" }).ClickAsync();
        await Expect(Page.Locator("#Input_DueDate")).ToHaveValueAsync(Day(today.AddDays(10)));
        await Page.Locator("#Input_DueDate").FillAsync(Day(today.AddDays(20)));
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lưu" }).ClickAsync();
        await Expect(Page.Locator("main .alert-success")).ToContainTextAsync($"Đã lưu nhiệm vụ '{taskTitle}'.");
        await Expect(task).ToContainTextAsync(Day(today.AddDays(20)));
        await Session.ScreenshotAsync("campaign-03-theme-and-task-edited");

        // The reporting rates of the province's children: the district's one task, from the campaign list.
        await Session.GotoAsync("/Campaigns");
        await Page.Locator("main .page-actions").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Tỷ lệ báo cáo của cấp dưới" }).ClickAsync();
        await Expect(Page.Locator("#year")).ToHaveValueAsync(today.Year.ToString(CultureInfo.InvariantCulture));
        var child = Page.Locator($"main table.reporting-rates tr[data-tenant='{districtName}']");
        await Expect(child.Locator("td").First).ToHaveTextAsync("1");
        await Expect(child).ToContainTextAsync("0%");
        await Expect(Page.Locator("#reporting-rates-total td").First).ToHaveTextAsync("1");
        // The Excel export of the year shown downloads with the browser's own sign-in.
        var export = await Page.Locator("main .page-actions").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Xuất Excel" })
            .GetAttributeAsync("href");
        export.ShouldBe($"/api/app/campaign/reporting-rates/export-excel?year={today.Year}");
        var file = await Page.APIRequest.GetAsync(export!);
        file.Status.ShouldBe(200);
        file.Headers["content-type"].ShouldStartWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        await Session.ScreenshotAsync("campaign-04-reporting-rates");
        await Session.SignOutAsync();

        // The district has no children of its own: a word instead of an empty table.
        await Session.SignInAsync(district, "admin");
        await Session.GotoAsync("/Campaigns/ReportingRates");
        await Expect(Page.Locator("#reporting-rates-empty")).ToBeVisibleAsync();
        await Expect(Page.Locator("main [data-export=reporting-rates]")).ToHaveCountAsync(0);

        Session.ShouldHaveNoPageProblems();
    }

    /// <summary>
    /// A province with two district chapters to choose from, and a child district tenant with a campaign
    /// and one task due this year, which the province's reporting rates count.
    /// </summary>
    private async Task CreateProvinceWithChildReportingAsync(string province, string district, string districtName, string suffix, DateOnly today)
    {
        static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using (var host = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, null, "admin"))
        {
            var provinceId = await host.CreateAsync("/api/multi-tenancy/tenants", new
            {
                name = province, displayName = $"Tỉnh Chủ Đề {suffix}", level = "Province",
                adminEmailAddress = $"admin.{province}@example.org", adminPassword = HostProcess.DemoPassword,
            });
            await host.CreateAsync("/api/multi-tenancy/tenants", new
            {
                name = district, displayName = districtName, level = "District", parentId = provinceId,
                adminEmailAddress = $"admin.{district}@example.org", adminPassword = HostProcess.DemoPassword,
            });
        }
        using (var admin = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, province, "admin"))
        {
            await admin.CreateAsync("/api/app/unit", new { code = "VL", name = UnitName, kind = "RedCrossChapter" });
            await admin.CreateAsync("/api/app/unit", new { code = "GL", name = "Hội Chữ thập đỏ huyện Gio Linh", kind = "RedCrossChapter" });
        }
        using var child = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, district, "admin");
        var unit = await child.CreateAsync("/api/app/unit", new { code = "XA", name = "Hội Chữ thập đỏ xã Báo Cáo", kind = "RedCrossChapter" });
        var campaign = await child.CreateAsync("/api/app/campaign", new
        {
            name = $"Hiến máu {suffix}", kind = "BloodDonation", startDate = Iso(today.AddDays(-5)), endDate = Iso(today.AddDays(30)),
            participantUnitIds = new[] { unit },
        });
        // Due today: this year's, whatever the day, and not yet overdue.
        await child.CreateAsync("/api/app/task-assignment", new { campaignId = campaign, unitId = unit, title = $"Báo cáo {suffix}", dueDate = Iso(today) });
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
