using System.Globalization;
using static Microsoft.Playwright.Assertions;

namespace Humanitarian.BrowserTests;

/// <summary>
/// A pledge in two instalments typed on the page: blank rows are no instalments, a schedule that does not add
/// up is refused beside the rows, the first instalment passed uncovered makes it late, and editing its note
/// keeps the schedule.
/// </summary>
public sealed class PledgeInstalmentPages_Tests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTestBase(fixture, output)
{
    [Fact]
    public async Task Should_record_a_pledge_in_instalments_and_keep_them_when_it_is_edited()
    {
        var suffix = UniqueSuffix();
        var tenant = $"pi-{suffix}";
        const string Donor = "Tổng công ty Điện lực miền Bắc";
        using (var host = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, null, "admin"))
        {
            await host.CreateAsync("/api/multi-tenancy/tenants", new
            {
                name = tenant, displayName = $"Tỉnh Cam Kết {suffix}", level = "Province",
                adminEmailAddress = $"admin.{tenant}@example.org", adminPassword = HostProcess.DemoPassword,
            });
        }
        using (var admin = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, tenant, "admin"))
        {
            await admin.CreateAsync("/api/app/fund", new { code = "QXH", name = "Quỹ Xóa nhà tạm" });
            await admin.CreateAsync("/api/app/donor", new { name = Donor, kind = "Business" });
        }
        var today = DateTime.UtcNow.AddHours(7).Date;
        string Day(int offset) => today.AddDays(offset).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

        await Session.SignInAsync(tenant, "admin");
        await Session.GotoAsync("/Fundraising/Pledges/Create");
        await Page.Locator("#Input_FundId").SelectOptionAsync(new SelectOptionValue { Label = "QXH – Quỹ Xóa nhà tạm" });
        await Page.Locator("#Input_DonorId").SelectOptionAsync(new SelectOptionValue { Label = Donor });
        await Page.Locator("#Input_Amount").FillAsync("300.000.000");
        await Page.Locator("#instalment-date-0").FillAsync(Day(-3));
        await Page.Locator("#instalment-amount-0").FillAsync("100.000.000");
        await Page.Locator("#instalment-date-1").FillAsync(Day(60));
        await Page.Locator("#instalment-amount-1").FillAsync("150.000.000");
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lưu" }).ClickAsync();
        await Expect(Page.Locator("#pledge-instalments")).ToContainTextAsync("Tổng các đợt (250.000.000\u00A0₫) khác số tiền cam kết (300.000.000\u00A0₫).");

        await Page.Locator("#instalment-amount-1").FillAsync("200.000.000");
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lưu" }).ClickAsync();
        await Expect(Page.Locator("main .alert-success")).ToContainTextAsync($"Đã ghi nhận cam kết của {Donor}");
        var row = Page.Locator("main table.pledge-list tbody tr[data-pledge]");
        await Expect(row).ToContainTextAsync(Day(60));
        await Expect(row.Locator(".pledge-fulfilment [data-status='Overdue']")).ToHaveTextAsync("Quá hạn");
        await Session.ScreenshotAsync("pledge-instalments-01-list");

        await row.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Sửa" }).ClickAsync();
        await Expect(Page.Locator("#instalment-amount-0")).ToHaveValueAsync("100.000.000");
        await Expect(Page.Locator("#instalment-date-1")).ToHaveValueAsync(Day(60));
        await Page.Locator("#Input_Note").FillAsync("Theo biên bản ký ngày hội nghị");
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lưu" }).ClickAsync();
        await Expect(Page.Locator("main .alert-success")).ToBeVisibleAsync();
        await row.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Sửa" }).ClickAsync();
        await Expect(Page.Locator("#instalment-amount-1")).ToHaveValueAsync("200.000.000");
        Session.ShouldHaveNoPageProblems();
    }
}
