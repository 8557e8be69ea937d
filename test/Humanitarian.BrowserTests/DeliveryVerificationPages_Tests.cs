using System.Globalization;
using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Humanitarian.BrowserTests;

/// <summary>
/// A delivery verification round through its pages: the standing deputy's work in a province where one
/// delivery was recorded. A round over the month is drawn (dates typed dd/MM/yyyy), an outcome with
/// issues but no note is refused beside its row, then recorded with the amount typed 1.234.567-style,
/// and the round's progress and the sponsor's and unit's rates show it; the round comes out as a sheet.
/// </summary>
public sealed class DeliveryVerificationPages_Tests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTestBase(fixture, output)
{
    [Fact]
    public async Task Should_draw_a_round_record_an_outcome_and_show_the_rate()
    {
        var suffix = UniqueSuffix();
        var tenant = $"bv-{suffix}";
        var person = $"Quàng Văn Mến {suffix}";
        var sponsor = $"Công ty TNHH Minh Phát {suffix}";
        var unit = $"Hội Chữ thập đỏ xã Mường Phăng {suffix}";
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        await CreateTenantWithDeliveryAsync(tenant, suffix, person, sponsor, unit, today.AddDays(-5));

        // The menu leads to the rounds; a new one over the last thirty days, five deliveries at most.
        await Session.SignInAsync(tenant, "admin");
        await Session.Navigation.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Địa chỉ nhân đạo", Exact = true }).ClickAsync();
        await Session.NavigationLink("Xác minh trao hỗ trợ").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/Beneficiaries/Verifications$"));
        await Expect(Page.Locator("main table.verification-list")).ToContainTextAsync("Chưa có đợt xác minh nào.");
        await Page.Locator("main .page-actions").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Tạo đợt xác minh" }).ClickAsync();
        await Expect(Page.Locator("#Input_SamplePercent")).ToHaveValueAsync("5");
        await Page.Locator("#Input_Name").FillAsync("Kiểm tra tháng");
        await Page.Locator("#Input_From").FillAsync(Typed(today.AddDays(-30)));
        await Page.Locator("#Input_To").FillAsync(Typed(today));
        await Page.Locator("#Input_SampleSize").FillAsync("5");
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Chọn mẫu" }).ClickAsync();
        // Both ways of sizing the sample at once: refused, in Vietnamese, beside the fields.
        await Expect(Page.Locator("main [data-valmsg-for='Input.SamplePercent']")).ToContainTextAsync("Vui lòng chọn một trong hai");
        await Page.Locator("#Input_SamplePercent").FillAsync("");
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Chọn mẫu" }).ClickAsync();
        await Expect(Page.Locator("main .alert-success")).ToContainTextAsync("Đã chọn 1 lần trao để xác minh.");
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Kiểm tra tháng");
        await Expect(Page.Locator("#verification-progress-text")).ToHaveTextAsync("0/1 đã xác minh");
        await Expect(Page.Locator("#rates-by-sponsor tbody tr")).ToContainTextAsync("Chưa có");
        await Session.ScreenshotAsync("verification-01-drawn");

        // "Received with issues" needs what the issue was: the row says so and keeps what was typed.
        var row = Page.Locator($"main table.verification-items tr[data-address='{person}']");
        await row.Locator("select[name='Input.Outcome']").SelectOptionAsync("ReceivedWithIssues");
        await row.Locator("input[name='Input.AmountReceived']").FillAsync("250000");
        await row.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Ghi nhận" }).ClickAsync();
        await Expect(row.Locator(".item-errors")).ToContainTextAsync("Vui lòng ghi rõ vấn đề");
        await Expect(row.Locator("input[name='Input.AmountReceived']")).ToHaveValueAsync("250.000");
        await row.Locator("input[name='Input.Note']").FillAsync("Thiếu 50.000 đồng");
        await row.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Ghi nhận" }).ClickAsync();
        await Expect(Page.Locator("main .alert-success")).ToContainTextAsync($"Đã ghi nhận kết quả xác minh lần trao cho {person}.");
        await Expect(row.Locator(".item-outcome")).ToContainTextAsync("Đã nhận, có vấn đề");
        await Expect(row.Locator(".item-amount")).ToHaveTextAsync("250.000\u00A0₫");

        // The progress and the rates: what arrived, with issues or not, over what was verified.
        await Expect(Page.Locator("#verification-progress-text")).ToHaveTextAsync("1/1 đã xác minh");
        await Expect(Page.Locator($"#rates-by-sponsor tr[data-name='{sponsor}'] .rate")).ToHaveTextAsync("100%");
        await Expect(Page.Locator($"#rates-by-unit tr[data-name='{unit}'] .rate")).ToHaveTextAsync("100%");
        await Session.ScreenshotAsync("verification-02-recorded");
        var href = await Page.Locator("main [data-export=verification]").GetAttributeAsync("href");
        var file = await Page.APIRequest.GetAsync(href.ShouldNotBeNull());
        file.Status.ShouldBe(200);
        file.Headers["content-type"].ShouldStartWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        await Session.GotoAsync("/Beneficiaries/Verifications");
        await Expect(Page.Locator("main table.verification-list")).ToContainTextAsync("1/1 đã xác minh");

        Session.ShouldHaveNoPageProblems();
    }

    private static string Typed(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>A province of its own with one surveyed address, its sponsor, and one delivery on <paramref name="date"/>.</summary>
    private async Task CreateTenantWithDeliveryAsync(string tenant, string suffix, string person, string sponsor, string unit, DateOnly date)
    {
        using (var host = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, null, "admin"))
        {
            await host.CreateAsync("/api/multi-tenancy/tenants", new
            {
                name = tenant, displayName = $"Tỉnh Xác Minh {suffix}", level = "Province",
                adminEmailAddress = $"admin.{tenant}@example.org", adminPassword = HostProcess.DemoPassword,
            });
        }
        using var admin = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, tenant, "admin");
        var unitId = await admin.CreateAsync("/api/app/unit", new { code = "MP", name = unit, kind = "RedCrossChapter" });
        var address = await admin.CreateAsync("/api/app/humanitarian-address", new
        {
            fullName = person, birthYear = 1958, commune = "Xã Mường Phăng", surveyingUnitId = unitId,
        });
        var sponsorship = await admin.CreateAsync("/api/app/sponsorship", new
        {
            humanitarianAddressId = address, sponsorKind = "Other", sponsorName = sponsor, kind = "Cash", monthlyValue = 300_000,
            startDate = date.AddMonths(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        await admin.CreateAsync("/api/app/support-delivery", new
        {
            sponsorshipId = sponsorship, date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), kind = "Cash", value = 300_000,
        });
    }
}
