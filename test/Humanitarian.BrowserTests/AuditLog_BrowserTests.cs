using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Humanitarian.BrowserTests;

/// <summary>
/// The audit log as the host admin reads it after a merger: one line for the whole merger, found by
/// kind, record and days typed as dd/MM/yyyy, opening to the records by kind with their fields in words.
/// </summary>
public sealed class AuditLog_BrowserTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTestBase(fixture, output)
{
    [Fact]
    public async Task Should_show_a_merger_as_one_entry_that_opens_to_its_records_in_words()
    {
        var suffix = UniqueSuffix();
        var (source, heir) = ($"Tỉnh Gộp {suffix}", $"Tỉnh Nhận {suffix}");
        using var host = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, null, "admin");
        var sourceId = await CreateTenantAsync(host, $"gop-{suffix}", source);
        var heirId = await CreateTenantAsync(host, $"nhan-{suffix}", heir);
        using (var sourceAdmin = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, $"gop-{suffix}", "admin"))
        {
            await sourceAdmin.CreateAsync("/api/app/unit", new { code = $"HCTD-{suffix}", name = $"Hội Chữ thập đỏ {source}", kind = "RedCrossChapter" });
        }
        await host.PostAsync($"/api/multi-tenancy/tenants/{sourceId}/merge", new { successorId = heirId, effectiveDate = "2025-07-01" });

        // Filtered as an official would: the kind from a list, the record by its name, today typed day first.
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh")).ToString("dd/MM/yyyy");
        await Session.SignInAsync(null, "admin");
        await Session.GotoAsync("/AuditLogs");
        await Page.GetByLabel("Loại bản ghi", new PageGetByLabelOptions { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Sáp nhập, giải thể" });
        await Page.GetByLabel("Bản ghi", new PageGetByLabelOptions { Exact = true }).FillAsync(source);
        await Page.GetByLabel("Từ ngày", new PageGetByLabelOptions { Exact = true }).FillAsync(today);
        await Page.GetByLabel("Đến ngày", new PageGetByLabelOptions { Exact = true }).FillAsync(today);
        await Page.Locator("main form[role=search] button[type=submit]").ClickAsync();

        var entries = Page.Locator("main .audit-entry");
        await Expect(entries).ToHaveCountAsync(1);
        await Expect(Page.GetByLabel("Từ ngày", new PageGetByLabelOptions { Exact = true })).ToHaveValueAsync(today);
        var entry = entries.First;
        await Expect(entry.Locator(".audit-title")).ToHaveTextAsync(new Regex($"^Sáp nhập {Regex.Escape(source)} vào {Regex.Escape(heir)}: \\d+ bản ghi thay đổi$"));
        await Expect(entry.Locator(".audit-who")).ToContainTextAsync("admin");
        await Expect(entry.Locator(".audit-when")).ToHaveTextAsync(new Regex($"^{Regex.Escape(today)} \\d{{2}}:\\d{{2}}$"));
        // Closed, the entry is one line.
        await Expect(entry.Locator(".audit-body")).ToBeHiddenAsync();

        // Opened: the kinds with their counts, then a kind's records with their fields in words.
        await entry.Locator("summary").First.ClickAsync();
        var units = entry.Locator(".audit-kind").Filter(new LocatorFilterOptions { Has = Page.Locator("summary strong", new PageLocatorOptions { HasTextRegex = new Regex("^Đơn vị$") }) });
        await Expect(units.Locator("summary").First).ToContainTextAsync("Sửa: 1");
        var tenants = entry.Locator(".audit-kind").Filter(new LocatorFilterOptions { Has = Page.Locator("summary strong", new PageLocatorOptions { HasTextRegex = new Regex("^Tỉnh/thành/huyện$") }) });
        await tenants.Locator("summary").First.ClickAsync();
        var closed = tenants.Locator(".audit-change").Filter(new LocatorFilterOptions { Has = Page.Locator(".audit-record", new PageLocatorOptions { HasTextString = source }) });
        await Expect(Row(closed, "Ngày đóng")).ToContainTextAsync("01/07/2025");
        await Expect(Row(closed, "Hình thức đóng")).ToContainTextAsync("Sáp nhập");
        await Expect(Row(closed, "Đơn vị kế thừa")).ToContainTextAsync(heir);
        await Expect(entry).Not.ToContainTextAsync("Culture=neutral");
        await Session.ScreenshotAsync("audit-log-merger");

        Session.ShouldHaveNoPageProblems();
    }

    private static ILocator Row(ILocator change, string field) =>
        change.Locator("tr").Filter(new LocatorFilterOptions { Has = change.Page.Locator("th", new PageLocatorOptions { HasTextString = field }) });

    private static Task<Guid> CreateTenantAsync(ApiSession host, string name, string displayName) =>
        host.CreateAsync("/api/multi-tenancy/tenants", new
        {
            name, displayName, level = "Province",
            adminEmailAddress = $"admin.{name}@example.org", adminPassword = HostProcess.DemoPassword,
        });
}
