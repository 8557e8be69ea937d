using System.Globalization;
using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Humanitarian.BrowserTests;

/// <summary>
/// The public needs page and the "I want to sponsor" request end to end: signed out, a donor browses the
/// tenant's published needs (never a name), filters them and sends a request (first below the floor,
/// refused beside the amount); then the tenant's admin finds it from the menu, approves it from a chosen
/// date and sees the sponsorship on the address.
/// </summary>
public sealed class PublicNeedsPages_Tests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTestBase(fixture, output)
{
    [Fact]
    public async Task Should_browse_needs_signed_out_send_a_request_and_let_the_admin_approve_it_into_a_sponsorship()
    {
        var suffix = UniqueSuffix();
        var tenant = $"pn-{suffix}";
        var person = $"Katơr Thị Bí Mật {suffix}";
        var requester = $"Trần Văn Hảo {suffix}";
        var sponsor = $"{requester} (Công ty TNHH An Phát)";
        var address = await CreateTenantWithPublishedChildAsync(tenant, suffix, person);

        // Signed out: the tenant's needs, with category, commune, needs and amount, but no name.
        await Session.GotoAsync($"/Public/Needs/{tenant}");
        var card = Page.Locator($"main article.public-need[data-need='{address}']");
        await Expect(card.Locator(".need-category")).ToHaveTextAsync("Trẻ mồ côi");
        await Expect(card.Locator(".need-commune")).ToContainTextAsync("Xã Phước Hà");
        await Expect(card.Locator(".need-needs")).ToContainTextAsync("Học bổng");
        await Expect(card.Locator(".need-value")).ToHaveTextAsync("400.000\u00A0₫");
        await Expect(Page.Locator("main")).Not.ToContainTextAsync(person);
        await Expect(Page.Locator(".current-user-name")).ToHaveCountAsync(0);
        await Page.Locator("#need").SelectOptionAsync("Housing");
        await Page.Locator("main form[role=search]").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Tìm kiếm" }).ClickAsync();
        await Expect(card).ToHaveCountAsync(0);
        await Page.Locator("#need").SelectOptionAsync("Scholarship");
        await Page.Locator("main form[role=search]").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Tìm kiếm" }).ClickAsync();
        await Session.ScreenshotAsync("public-needs-01-list");

        // "Tôi muốn hỗ trợ": below the tenant's floor, the amount is refused beside its input.
        await card.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Tôi muốn hỗ trợ" }).ClickAsync();
        await Expect(Page.Locator(".sponsor-need")).ToHaveTextAsync("Trẻ mồ côi – Xã Phước Hà");
        var nextMonth = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).AddMonths(1);
        await Expect(Page.Locator("#Input_StartMonth")).ToHaveValueAsync(new DateOnly(nextMonth.Year, nextMonth.Month, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Page.Locator("#Input_RequesterName").FillAsync(requester);
        await Page.Locator("#Input_Organisation").FillAsync("Công ty TNHH An Phát");
        await Page.Locator("#Input_Phone").FillAsync("0912 345 678");
        await Page.Locator("#Input_MonthlyValue").FillAsync("200000");
        await Page.Locator("#Input_Message").FillAsync("Tôi muốn hỗ trợ học bổng cho em.");
        await Page.Locator("#Input_ConsentToContact").CheckAsync();
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Gửi đăng ký" }).ClickAsync();
        await Expect(Page.Locator("main [data-valmsg-for='Input.MonthlyValue']")).ToContainTextAsync("Mức hỗ trợ hằng tháng phải từ 300.000\u00A0₫ trở lên.");
        await Page.Locator("#Input_MonthlyValue").FillAsync("400.000");
        await Session.ScreenshotAsync("public-needs-02-form");
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Gửi đăng ký" }).ClickAsync();
        await Expect(Page.Locator(".sponsor-request-sent")).ToContainTextAsync("Trẻ mồ côi – Xã Phước Hà");
        await Expect(Page.Locator(".sponsor-request-sent")).ToContainTextAsync("Hội sẽ liên hệ với bạn");
        await Expect(Page.Locator("main")).Not.ToContainTextAsync(person);
        await Session.ScreenshotAsync("public-needs-03-thanks");
        // Reloading the thank-you sends nothing again (the menu below counts one request): back to the needs.
        await Page.ReloadAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($"/Public/Needs/{tenant}$"));

        // The admin finds it from the menu, pending, and approves it from a chosen date.
        await Session.SignInAsync(tenant, "admin");
        await Session.Navigation.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Địa chỉ nhân đạo", Exact = true }).ClickAsync();
        await Session.NavigationLink("Đăng ký hỗ trợ từ cộng đồng (1)").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/Beneficiaries/SponsorRequests$"));
        var row = Page.Locator($"main table.sponsor-request-list tr[data-requester='{requester}']");
        await Expect(row).ToContainTextAsync("Chờ duyệt");
        await Expect(row).ToContainTextAsync(person);
        await row.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = requester }).ClickAsync();
        await Expect(Page.Locator("#request-phone")).ToHaveTextAsync("0912 345 678");
        await Expect(Page.Locator("#request-start-month")).ToHaveTextAsync(nextMonth.ToString("MM/yyyy", CultureInfo.InvariantCulture));
        var start = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).AddDays(1).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        await Page.Locator("#Input_SponsorshipStartDate").FillAsync(start);
        await Session.ScreenshotAsync("public-needs-04-request");
        await Page.Locator("#approve").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Duyệt và ghi nhận bảo trợ" }).ClickAsync();
        await Expect(Page.Locator("main .alert-success")).ToContainTextAsync($"Đã duyệt: {sponsor} nhận đỡ đầu.");
        await Expect(Page.Locator("#request-status")).ToHaveTextAsync("Đã duyệt");
        await Expect(Page.Locator("#approve")).ToHaveCountAsync(0);

        // The sponsorship is on the address, from that date; the public page no longer offers the address.
        await Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Xem bảo trợ" }).ClickAsync();
        var sponsorship = Page.Locator($"#sponsorships li[data-sponsor='{sponsor}']");
        await Expect(sponsorship.Locator(".sponsorship-monthly")).ToHaveTextAsync("400.000\u00A0₫");
        await Expect(sponsorship).ToContainTextAsync(start);
        await Expect(Page.Locator("#address-status")).ToHaveTextAsync("Đang được hỗ trợ");
        await Session.ScreenshotAsync("public-needs-05-sponsorship");
        await Session.GotoAsync($"/Public/Needs/{tenant}");
        await Expect(Page.Locator($"main article.public-need[data-need='{address}']")).ToHaveCountAsync(0);

        Session.ShouldHaveNoPageProblems();
    }

    private async Task<Guid> CreateTenantWithPublishedChildAsync(string tenant, string suffix, string person)
    {
        using (var host = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, null, "admin"))
        {
            await host.CreateAsync("/api/multi-tenancy/tenants", new
            {
                name = tenant, displayName = $"Tỉnh Công Khai {suffix}", level = "Province",
                adminEmailAddress = $"admin.{tenant}@example.org", adminPassword = HostProcess.DemoPassword,
            });
        }
        using var admin = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, tenant, "admin");
        return await admin.CreateAsync("/api/app/humanitarian-address", new
        {
            fullName = person, sex = "Female", birthYear = 2013, commune = "Xã Phước Hà", address = "Thôn Giá", status = "Surveyed",
            categories = new[] { "Orphan" }, needs = new[] { "Scholarship", "Books" }, monthlyValueSought = 400_000,
            consentToSurvey = true, consentToShare = true, consentToPublish = true,
        });
    }
}
