using System.Globalization;
using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Humanitarian.BrowserTests;

/// <summary>
/// Reminders along their main flow in the browser: a province's admin sees the overdue card on the home
/// page, sets the reminder policy of the province (the national defaults shown beside it), runs the
/// reminders now, and finds the reminder on the task's page, delivered to the unit's contact.
/// </summary>
public sealed class Reminders_BrowserTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTestBase(fixture, output)
{
    private static string MailDir => Environment.GetEnvironmentVariable("HUMANITARIAN_TEST_SMTP_MAILDIR")
                                     ?? throw new InvalidOperationException("Run the tests with etc/test.sh (SMTP sink).");

    [Fact]
    public async Task Should_set_the_policy_run_the_reminders_and_show_the_delivered_reminder_on_the_task()
    {
        var suffix = UniqueSuffix();
        var tenant = $"nh-{suffix}";
        var contact = $"dau-moi.{suffix}@example.org";
        var (overdueTask, dueTask) = await CreateTenantWithTasksAsync(tenant, contact);

        // The home page: what is overdue, oldest first, with how late it is.
        await Session.SignInAsync(tenant, "admin");
        var card = Page.Locator("main .my-overdue");
        await Expect(card).ToHaveAttributeAsync("data-overdue-count", "1");
        await Expect(card.Locator($"a[href$='{overdueTask}']")).ToHaveTextAsync("Báo cáo tháng trước");
        await Expect(card).ToContainTextAsync("3 ngày");

        // The policy: inherited from the national level until saved; a first notice 10 days ahead.
        await Session.Navigation.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Cuộc vận động", Exact = true }).ClickAsync();
        await Session.NavigationLink("Cài đặt nhắc hạn").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/Campaigns/Reminders/Settings$"));
        await Expect(Page.Locator("[data-reminders-inherited]")).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-schedule]")).ToContainTextAsync("7 ngày trước hạn, 1 ngày trước hạn, ngày thứ 1 quá hạn");
        await Page.Locator("#Input_FirstNoticeDays").FillAsync("10");
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lưu" }).ClickAsync();
        await Expect(Page.Locator("main .alert-success")).ToHaveTextAsync("Đã lưu cài đặt nhắc hạn.");
        await Expect(Page.Locator("[data-schedule]")).ToContainTextAsync("10 ngày trước hạn");
        await Expect(Page.Locator("[data-reminders-inherited]")).ToHaveCountAsync(0);

        // Run now: the task due in 10 days gets its first notice, the overdue one its day-3 reminder.
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Chạy nhắc hạn ngay" }).ClickAsync();
        await Expect(Page.Locator("main .alert-success")).ToHaveTextAsync("Đã xếp 2 e-mail nhắc hạn vào hàng đợi gửi.");

        // The task's page lists the reminder; the outbox delivers it within seconds.
        await Session.GotoAsync($"/Campaigns/Tasks/Details?id={dueTask}");
        var row = Page.Locator($"#reminders tr[data-recipient='{contact}']");
        await Expect(row).ToContainTextAsync("Nhắc lần đầu trước hạn");
        for (var attempt = 0; attempt < 30 && !(await row.InnerTextAsync()).Contains("Đã gửi"); attempt++)
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            await Page.ReloadAsync();
        }
        await Expect(row).ToContainTextAsync("Đã gửi");
        Directory.EnumerateFiles(Path.Combine(MailDir, "new")).Count(f => File.ReadAllText(f).Contains(contact)).ShouldBe(2);
        Session.ShouldHaveNoPageProblems();
    }

    /// <returns>A task 3 days overdue and one due in 10 days, both of one unit whose contact receives reminders.</returns>
    private async Task<(Guid Overdue, Guid Due)> CreateTenantWithTasksAsync(string tenant, string contact)
    {
        using (var host = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, null, "admin"))
        {
            await host.CreateAsync("/api/multi-tenancy/tenants", new
            {
                name = tenant, displayName = $"Tỉnh Nhắc Hạn {tenant}", level = "Province",
                adminEmailAddress = $"admin.{tenant}@example.org", adminPassword = HostProcess.DemoPassword,
            });
        }
        using var admin = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, tenant, "admin");
        var unit = await admin.CreateAsync("/api/app/unit", new { code = "SS", name = "Hội Chữ thập đỏ huyện Sóc Sơn", kind = "RedCrossChapter" });
        await admin.PostAsync($"/api/app/unit/{unit}/contact", new { name = "Nguyễn Văn A", email = contact, receivesReminders = true });
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var campaign = await admin.CreateAsync("/api/app/campaign", new
        {
            name = "Tháng Nhân đạo", kind = "HumanitarianMonth", startDate = Day(today.AddDays(-20)), endDate = Day(today.AddDays(40)),
            participantUnitIds = new[] { unit },
        });
        var overdue = await admin.CreateAsync("/api/app/task-assignment",
            new { campaignId = campaign, unitId = unit, title = "Báo cáo tháng trước", dueDate = Day(today.AddDays(-3)) });
        var due = await admin.CreateAsync("/api/app/task-assignment",
            new { campaignId = campaign, unitId = unit, title = "Báo cáo tháng này", dueDate = Day(today.AddDays(10)) });
        return (overdue, due);
    }
}
