using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Humanitarian.BrowserTests;

/// <summary>
/// A tenant admin chooses, from the committees list, the role each committee position confers; a
/// standing deputy sees the linked account of a seat but cannot change it.
/// </summary>
public sealed class CommitteeSeatRoles_BrowserTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTestBase(fixture, output)
{
    [Fact]
    public async Task Should_let_the_admin_choose_the_role_a_position_confers_and_keep_seats_out_of_a_deputys_reach()
    {
        var suffix = UniqueSuffix();
        var tenant = $"ghe-{suffix}";
        using (var host = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, null, "admin"))
        {
            await host.CreateAsync("/api/multi-tenancy/tenants", new
            {
                name = tenant, displayName = $"Tỉnh Ghế {suffix}", level = "Province",
                adminEmailAddress = $"admin.{tenant}@example.org", adminPassword = HostProcess.DemoPassword,
            });
        }
        Guid committee;
        using (var admin = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, tenant, "admin"))
        {
            var deputyId = await admin.CreateAsync("/api/identity/users", new
            {
                userName = "pho-ban", name = "Bảy", surname = "Trần", email = $"pho-ban.{suffix}@example.org",
                password = HostProcess.DemoPassword, isActive = true, roleNames = new[] { "standing-deputy" },
            });
            committee = await admin.CreateAsync("/api/app/committee", new { name = $"Ban Chỉ đạo {suffix}", kind = "SteeringCommittee" });
            await admin.PostAsync($"/api/app/committee/{committee}/member",
                new { fullName = "Trần Bảy", userId = deputyId, position = "StandingDeputy", termStart = "2024-01-01" });
        }

        await Session.SignInAsync(tenant, "admin");
        await Session.GotoAsync("/Organization/Committees");
        await Page.Locator("main .page-actions").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Vai trò theo chức vụ trong ban" }).ClickAsync();
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Vai trò theo chức vụ trong ban");
        var head = Page.GetByLabel("Trưởng ban", new PageGetByLabelOptions { Exact = true });
        await Expect(head).ToHaveValueAsync("committee-head");
        // The administrator's role is not offered.
        await Expect(head.Locator("option[value='admin']")).ToHaveCountAsync(0);
        await head.SelectOptionAsync("viewer");
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lưu" }).ClickAsync();
        await Expect(Page.Locator(".alert-success")).ToContainTextAsync("Đã lưu vai trò theo chức vụ trong ban");
        await Expect(Page.GetByLabel("Trưởng ban", new PageGetByLabelOptions { Exact = true })).ToHaveValueAsync("viewer");
        await Session.ScreenshotAsync("committee-seat-roles");
        await Session.SignOutAsync();

        // The deputy corrects a seat: the linked account shows, but only as it is.
        await Session.SignInAsync(tenant, "pho-ban");
        await Session.GotoAsync($"/Organization/Committees/Details?id={committee}");
        await Page.Locator("main a[href*='EditMember']").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/EditMember"));
        await Expect(Page.Locator("#Input_UserId_ReadOnly")).ToBeDisabledAsync();
        await Expect(Page.Locator("main")).ToContainTextAsync("chỉ người có quyền gắn tài khoản");
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lưu" }).ClickAsync();
        await Expect(Page.Locator(".alert-success")).ToBeVisibleAsync();

        Session.ShouldHaveNoPageProblems();
    }
}
