using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Humanitarian.BrowserTests;

/// <summary>
/// The review queue of probable duplicates as a chapter's admin works it: from the address list to the
/// pairs side by side, what differs marked; one pair merged (its sponsorship now on the kept record),
/// the other confirmed as two people, and the queue empty.
/// </summary>
public sealed class AddressDuplicatePages_Tests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTestBase(fixture, output)
{
    [Fact]
    public async Task Should_merge_one_pair_keeping_its_sponsorship_and_confirm_the_other_as_two_people()
    {
        var suffix = UniqueSuffix();
        var tenant = $"bd-{suffix}";
        var sponsor = $"Ông Lê Văn Hùng {suffix}";
        var (kept, duplicate) = await CreateTenantWithTwoPairsAsync(tenant, sponsor);

        await Session.SignInAsync(tenant, "admin");
        await Session.GotoAsync("/Beneficiaries/Addresses");
        await Page.Locator("main .page-actions").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Hồ sơ có thể trùng" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/Beneficiaries/Addresses/Duplicates$"));
        await Expect(Page.Locator("#pair-count")).ToHaveTextAsync("2 cặp cần xem xét");

        // The person typed twice: same name, birth year and commune, the phone on one record only.
        var pair = Page.Locator($"main .duplicate-pair[data-first='{kept}'], main .duplicate-pair[data-second='{kept}']");
        await Expect(pair.Locator(".badge")).ToHaveTextAsync("Trùng họ tên, năm sinh và xã, phường");
        await Expect(pair.Locator("tr.table-warning", new LocatorLocatorOptions { HasText = "Điện thoại" })).ToContainTextAsync("0912000111");
        await Expect(pair.Locator("tr", new LocatorLocatorOptions { HasText = "Năm sinh" })).Not.ToHaveClassAsync(new Regex("table-warning"));
        await Session.ScreenshotAsync("duplicates-01-queue");

        Page.Dialog += (_, dialog) => dialog.AcceptAsync();
        var keepButton = await pair.GetAttributeAsync("data-first") == kept.ToString() ? "keep-first" : "keep-second";
        await pair.Locator($"[data-merge={keepButton}]").ClickAsync();
        await Expect(Page.Locator("main .alert-success")).ToContainTextAsync("Đã gộp hai hồ sơ");
        await Expect(Page.Locator("#pair-count")).ToHaveTextAsync("1 cặp cần xem xét");

        await Page.Locator("main .duplicate-pair [data-dismiss-pair]").ClickAsync();
        await Expect(Page.Locator("main .alert-success")).ToContainTextAsync("cặp này sẽ không được hỏi lại");
        await Expect(Page.Locator("main")).ToContainTextAsync("Không còn cặp hồ sơ nào cần xem xét.");

        // The kept record carries the duplicate's sponsorship and phone; the duplicate is gone.
        await Session.GotoAsync($"/Beneficiaries/Addresses/Details/{kept}");
        await Expect(Page.Locator($"#sponsorships li[data-sponsor='{sponsor}']")).ToBeVisibleAsync();
        await Expect(Page.Locator("#address-record")).ToContainTextAsync("0912000111");
        Session.ExpectProblem(new Regex("Failed to load resource.*404"));
        (await Session.GotoAsync($"/Beneficiaries/Addresses/Details/{duplicate}")).Status.ShouldBe(404);

        Session.ShouldHaveNoPageProblems();
    }

    /// <summary>
    /// A province whose admin recorded one person twice (the second time with a phone and a sponsor) and
    /// two namesakes of one birth year and commune who are two people.
    /// </summary>
    private async Task<(Guid Kept, Guid Duplicate)> CreateTenantWithTwoPairsAsync(string tenant, string sponsor)
    {
        using (var host = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, null, "admin"))
        {
            await host.CreateAsync("/api/multi-tenancy/tenants", new
            {
                name = tenant, displayName = $"Tỉnh Trùng Hồ Sơ {tenant}", level = "Province",
                adminEmailAddress = $"admin.{tenant}@example.org", adminPassword = HostProcess.DemoPassword,
            });
        }
        using var admin = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, tenant, "admin");
        const string Addresses = "/api/app/humanitarian-address";
        var kept = await admin.CreateAsync(Addresses, new { fullName = "Nguyễn Thị Hồng", birthYear = 1950, commune = "Xã Hải Lăng" });
        var duplicate = await admin.CreateAsync(Addresses, new { fullName = "NGUYEN THI HONG", birthYear = 1950, commune = "xa hai lang", phone = "0912000111" });
        await admin.CreateAsync("/api/app/sponsorship", new
        {
            humanitarianAddressId = duplicate, sponsorKind = "Other", sponsorName = sponsor, kind = "Cash", monthlyValue = 300_000,
            startDate = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).ToString("yyyy-MM-dd"),
        });
        await admin.CreateAsync(Addresses, new { fullName = "Trần Văn Nam", birthYear = 1970, commune = "Xã Cam Lộ" });
        await admin.CreateAsync(Addresses, new { fullName = "Trần Văn Nam", birthYear = 1970, commune = "Xã Cam Lộ", address = "Thôn 3" });
        return (kept, duplicate);
    }
}
