using System.Globalization;
using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Humanitarian.BrowserTests;

/// <summary>
/// Fundraising's public statement and the pages around it: a gift recorded through the page raises the
/// fund's balance and, signed out, the public page's total, where a donor without consent is "Nhà hảo tâm";
/// a pledge is made from the menu and shown late with what came of it; a disbursement opens on its own page;
/// deleting a fund or donor with records shows the service's refusal, an unused donor is deleted.
/// </summary>
public sealed class FundraisingPublicPage_Tests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTestBase(fixture, output)
{
    [Fact]
    public async Task Should_show_a_recorded_gift_on_the_public_page_and_manage_pledges_disbursements_and_deletions()
    {
        var suffix = UniqueSuffix();
        var tenant = $"mb-{suffix}";
        var fund = $"Quỹ Vì người nghèo {suffix}";
        var donor = $"Trần Văn Kín {suffix}";
        var unused = $"Nguyễn Thị Chưa Ủng Hộ {suffix}";
        using (var host = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, null, "admin"))
        {
            await host.CreateAsync("/api/multi-tenancy/tenants", new
            {
                name = tenant, displayName = $"Tỉnh Minh Bạch {suffix}", level = "Province",
                adminEmailAddress = $"admin.{tenant}@example.org", adminPassword = HostProcess.DemoPassword,
            });
        }
        Guid fundId;
        using (var admin = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, tenant, "admin"))
        {
            fundId = await admin.CreateAsync("/api/app/fund", new { code = "VNN", name = fund });
            await admin.CreateAsync("/api/app/donor", new { name = donor, kind = "Individual", publishName = false });
            await admin.CreateAsync("/api/app/donor", new { name = unused, kind = "Individual" });
        }
        Page.Dialog += (_, dialog) => dialog.AcceptAsync();

        // A gift through the fund's page: the balance rises.
        await Session.SignInAsync(tenant, "admin");
        await Session.GotoAsync($"/Fundraising/Funds/Details/{fundId}");
        await Expect(Page.Locator("#fund-balance")).ToHaveTextAsync("0\u00A0₫");
        await Page.Locator("main .page-actions").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Ghi nhận khoản ủng hộ" }).ClickAsync();
        await Page.Locator("#Input_DonorId").SelectOptionAsync(new SelectOptionValue { Label = donor });
        await Page.Locator("#Input_Amount").FillAsync("2.500.000");
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Ghi nhận và cấp biên nhận" }).ClickAsync();
        await Expect(Page.Locator("#receipt-number")).ToHaveTextAsync(new Regex(@"^\d{4}/000001$"));
        await Session.GotoAsync($"/Fundraising/Funds/Details/{fundId}");
        await Expect(Page.Locator("#fund-balance")).ToHaveTextAsync("2.500.000\u00A0₫");

        // The fund's own refusal to be deleted, in Vietnamese on its page.
        await Page.Locator("main .page-actions").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Xóa" }).ClickAsync();
        await Expect(Page.Locator("main .form-errors")).ToContainTextAsync($"Không thể xóa quỹ \"{fund}\"");
        await Expect(Page.Locator("#fund-balance")).ToHaveTextAsync("2.500.000\u00A0₫");

        // Staff open the public page from the fund; the donor did not consent, so is not named.
        await Page.Locator("#fund-public-link").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($"/Public/Transparency/{tenant}/{fundId}$"));
        await Expect(Page.Locator("#public-received")).ToHaveTextAsync("2.500.000\u00A0₫");

        // A pledge from the menu, due yesterday and not yet given: flagged overdue, with what came of it.
        await Session.GotoAsync("/Fundraising/Funds");
        await Session.Navigation.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Vận động tài chính", Exact = true }).ClickAsync();
        await Session.NavigationLink("Cam kết ủng hộ").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/Fundraising/Pledges$"));
        await Page.Locator("main .page-actions").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Thêm cam kết" }).ClickAsync();
        await Page.Locator("#Input_FundId").SelectOptionAsync(new SelectOptionValue { Label = $"VNN – {fund}" });
        await Page.Locator("#Input_DonorId").SelectOptionAsync(new SelectOptionValue { Label = donor });
        await Page.Locator("#Input_Amount").FillAsync("5.000.000");
        var yesterday = DateTime.UtcNow.AddHours(7).AddDays(-1).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        await Page.Locator("#Input_DueDate").FillAsync(yesterday);
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lưu" }).ClickAsync();
        await Expect(Page.Locator("main .alert-success")).ToContainTextAsync($"Đã ghi nhận cam kết của {donor} với {fund}.");
        var row = Page.Locator("main table.pledge-list tbody tr[data-pledge]");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync(yesterday);
        await Expect(row.Locator(".pledge-fulfilment")).ToContainTextAsync("0\u00A0₫ / 5.000.000\u00A0₫");
        await Expect(row.Locator(".pledge-fulfilment [data-status='Overdue']")).ToHaveTextAsync("Quá hạn");
        await Session.ScreenshotAsync("fundraising-public-01-pledges");
        await Page.Locator("#overdue").SelectOptionAsync("false");
        await Page.Locator("main form[role=search]").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Tìm kiếm" }).ClickAsync();
        await Expect(Page.Locator("main table.pledge-list tbody tr[data-pledge]")).ToHaveCountAsync(0);

        // The donor's page has the history: the pledge and the gift; deleting the donor is refused.
        await Session.GotoAsync("/Fundraising/Donors");
        await Page.Locator("main table.donor-list").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = donor }).ClickAsync();
        await Expect(Page.Locator("#donor-pledges tr[data-pledge]")).ToHaveCountAsync(1);
        await Expect(Page.Locator("#donor-donations tr[data-receipt]")).ToHaveCountAsync(1);
        await Page.Locator("main .page-actions").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Xóa" }).ClickAsync();
        await Expect(Page.Locator("main .form-errors")).ToContainTextAsync($"Không thể xóa nhà hảo tâm \"{donor}\"");
        await Expect(Page.Locator("#donor-pledges tr[data-pledge]")).ToHaveCountAsync(1);

        // A donor with nothing on record goes.
        await Session.GotoAsync("/Fundraising/Donors");
        await Page.Locator("main table.donor-list").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = unused }).ClickAsync();
        await Page.Locator("main .page-actions").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Xóa" }).ClickAsync();
        await Expect(Page.Locator("main .alert-success")).ToContainTextAsync($"Đã xóa nhà hảo tâm \"{unused}\".");
        await Expect(Page.Locator("main table.donor-list").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = unused })).ToHaveCountAsync(0);

        // A disbursement, from the list to its own page.
        await Session.GotoAsync($"/Fundraising/Disbursements/Create?fundId={fundId}");
        await Page.Locator("#Input_Amount").FillAsync("1.000.000");
        await Page.Locator("#Input_Purpose").FillAsync("Quà Tết cho hộ nghèo");
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Ghi nhận khoản chi" }).ClickAsync();
        await Expect(Page.Locator("#fund-balance")).ToHaveTextAsync("1.500.000\u00A0₫");
        await Session.GotoAsync("/Fundraising/Disbursements");
        await Page.Locator("main table.disbursement-list").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Quà Tết cho hộ nghèo" }).ClickAsync();
        await Expect(Page.Locator("#disbursement-amount")).ToHaveTextAsync("1.000.000\u00A0₫");
        await Expect(Page.Locator("#disbursement-recipient")).ToHaveTextAsync("Chương trình");
        await Expect(Page.Locator("#disbursement-restriction")).ToHaveTextAsync("Phần tiền không chỉ định");
        await Expect(Page.Locator("#disbursement-recorded")).ToContainTextAsync("lúc");

        // Signed out, anyone reads the statement: the tenant's funds, then the fund by year.
        await Session.SignOutAsync();
        await Session.GotoAsync($"/Public/Transparency/{tenant}");
        await Expect(Page.Locator(".current-user-name")).ToHaveCountAsync(0);
        var listed = Page.Locator($"main table.public-fund-list tr[data-fund='{fundId}']");
        await Expect(listed.Locator(".fund-received")).ToHaveTextAsync("2.500.000\u00A0₫");
        await Expect(listed.Locator(".fund-spent")).ToHaveTextAsync("1.000.000\u00A0₫");
        await listed.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = fund }).ClickAsync();
        await Expect(Page.Locator("#public-received")).ToHaveTextAsync("2.500.000\u00A0₫");
        await Expect(Page.Locator("#public-spent")).ToHaveTextAsync("1.000.000\u00A0₫");
        await Expect(Page.Locator("#public-donations .donor-name")).ToHaveTextAsync(new[] { "Nhà hảo tâm" });
        await Expect(Page.Locator("#public-disbursements")).ToContainTextAsync("Quà Tết cho hộ nghèo");
        await Expect(Page.Locator("main")).Not.ToContainTextAsync(donor);
        var thisYear = DateTime.UtcNow.AddHours(7).Year.ToString(CultureInfo.InvariantCulture);
        await Page.Locator("#year").SelectOptionAsync(thisYear);
        await Page.Locator("#transparency-year").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Xem" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($"year={thisYear}$"));
        await Expect(Page.Locator("#public-received")).ToHaveTextAsync("2.500.000\u00A0₫");
        await Expect(Page.Locator("#public-chart canvas")).ToHaveAttributeAsync("data-chart", new Regex("2500000"));
        await Expect(Page.Locator("main a[data-export='transparency']"))
            .ToHaveAttributeAsync("href", $"/api/public/transparency/{tenant}/funds/{fundId}/export-excel?year={thisYear}");
        await Session.ScreenshotAsync("fundraising-public-02-statement");

        Session.ShouldHaveNoPageProblems();
    }
}
