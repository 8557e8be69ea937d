using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Humanitarian.BrowserTests;

/// <summary>
/// The donors' review queue as a fundraising officer works it: from the donor list to the pair typed
/// twice, what differs marked; merged into the record kept, whose donation list then holds both gifts;
/// the two companies sharing a name confirmed as two donors, and the queue empty; the year's statistics
/// count both gifts for the one donor.
/// </summary>
public sealed class DonorDuplicatePages_Tests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTestBase(fixture, output)
{
    [Fact]
    public async Task Should_merge_a_donor_typed_twice_keeping_both_gifts_and_confirm_namesakes_as_two_donors()
    {
        var suffix = UniqueSuffix();
        var tenant = $"dd-{suffix}";
        using (var host = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, null, "admin"))
        {
            await host.CreateAsync("/api/multi-tenancy/tenants", new
            {
                name = tenant, displayName = $"Tỉnh Trùng Nhà Hảo Tâm {suffix}", level = "Province",
                adminEmailAddress = $"admin.{tenant}@example.org", adminPassword = HostProcess.DemoPassword,
            });
        }
        Guid kept;
        using (var admin = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, tenant, "admin"))
        {
            var fund = await admin.CreateAsync("/api/app/fund", new { code = "QNĐ", name = "Quỹ Nhân đạo" });
            kept = await admin.CreateAsync("/api/app/donor", new { name = "Phạm Thị Lan", kind = "Individual", phone = "0903 111 222" });
            var duplicate = await admin.CreateAsync("/api/app/donor", new { name = "PHAM THI LAN", kind = "Individual", phone = "+84903111222", email = "lan@example.vn" });
            var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).ToString("yyyy-MM-dd");
            await admin.CreateAsync("/api/app/donation", new { fundId = fund, donorId = kept, date = today, amount = 1_000_000 });
            await admin.CreateAsync("/api/app/donation", new { fundId = fund, donorId = duplicate, date = today, amount = 2_500_000 });
            await admin.CreateAsync("/api/app/donor", new { name = "Công ty TNHH An Phát", kind = "Business", email = "lienhe@anphat.vn" });
            await admin.CreateAsync("/api/app/donor", new { name = "Công ty TNHH An Phát", kind = "Business", email = "lienhe@anphat.vn", address = "Hải Phòng" });
        }

        await Session.SignInAsync(tenant, "admin");
        await Session.GotoAsync("/Fundraising/Donors");
        await Page.Locator("main .page-actions").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Nhà hảo tâm có thể trùng" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/Fundraising/Donors/Duplicates$"));
        await Expect(Page.Locator("#pair-count")).ToHaveTextAsync("2 cặp cần xem xét");

        var pair = Page.Locator($"main .duplicate-pair[data-first='{kept}'], main .duplicate-pair[data-second='{kept}']");
        await Expect(pair.Locator(".badge")).ToHaveTextAsync("Trùng tên và số điện thoại");
        await Expect(pair.Locator("tr.table-warning", new LocatorLocatorOptions { HasText = "Thư điện tử" })).ToContainTextAsync("lan@example.vn");
        await Expect(pair.Locator("tr", new LocatorLocatorOptions { HasText = "Khoản ủng hộ · tổng tiền" })).ToContainTextAsync("2.500.000\u00A0₫");
        await Session.ScreenshotAsync("donor-duplicates-01-queue");

        Page.Dialog += (_, dialog) => dialog.AcceptAsync();
        var keep = await pair.GetAttributeAsync("data-first") == kept.ToString() ? "keep-1" : "keep-2";
        await pair.Locator($"[data-merge={keep}]").ClickAsync();
        await Expect(Page.Locator("main .alert-success")).ToContainTextAsync("Đã gộp vào nhà hảo tâm \"Phạm Thị Lan\".");
        await Expect(Page.Locator("#pair-count")).ToHaveTextAsync("1 cặp cần xem xét");

        await Page.Locator("main .duplicate-pair [data-dismiss-pair]").ClickAsync();
        await Expect(Page.Locator("main .alert-success")).ToContainTextAsync("hai nhà hảo tâm khác nhau");
        await Expect(Page.Locator("main")).ToContainTextAsync("Không có cặp nhà hảo tâm nào cần xem xét.");

        await Session.GotoAsync($"/Fundraising/Donors/Details/{kept}");
        await Expect(Page.Locator("#donor-donations tbody tr")).ToHaveCountAsync(2);

        // The year's statistics count both gifts for the one donor.
        await Session.GotoAsync("/Fundraising/Donors");
        await Page.Locator("main .page-actions").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Thống kê nhà hảo tâm" }).ClickAsync();
        await Expect(Page.Locator("#top-donors tr[data-donor='Phạm Thị Lan']")).ToContainTextAsync("3.500.000\u00A0₫");
        await Expect(Page.Locator("#totals-by-kind tr[data-kind='Individual']")).ToContainTextAsync("3.500.000\u00A0₫");
        Session.ShouldHaveNoPageProblems();
    }
}
