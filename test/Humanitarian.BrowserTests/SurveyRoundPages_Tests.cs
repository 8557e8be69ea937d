using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Humanitarian.BrowserTests;

/// <summary>
/// A chapter opens next year's survey from the menu: the deadline is the end of February unless typed,
/// two ward chapters are asked, and the round's page follows their dossiers as the campaign's tasks.
/// </summary>
public sealed class SurveyRoundPages_Tests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTestBase(fixture, output)
{
    [Fact]
    public async Task Should_open_a_survey_round_for_two_units_and_show_who_has_submitted()
    {
        var suffix = UniqueSuffix();
        var tenant = $"bk-{suffix}";
        var now = DateTime.UtcNow.AddHours(7);
        var year = now.Month >= 9 ? now.Year + 1 : now.Year;
        var (first, _) = await CreateTenantWithUnitsAsync(tenant, year);

        await Session.SignInAsync(tenant, "admin");
        await Session.Navigation.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Địa chỉ nhân đạo", Exact = true }).ClickAsync();
        await Session.NavigationLink("Đợt khảo sát").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/Beneficiaries/SurveyRounds$"));
        await Page.Locator("main .page-actions").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Mở đợt khảo sát" }).ClickAsync();
        await Expect(Page.Locator("#Input_Year")).ToHaveValueAsync(year.ToString());

        // No unit ticked: refused beside the list; then two units, the deadline left to its default.
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lưu" }).ClickAsync();
        await Expect(Page.Locator("main [data-valmsg-for='Input.UnitIds']")).Not.ToBeEmptyAsync();
        await Page.GetByLabel("Hội Chữ thập đỏ phường 1 (P1)").CheckAsync();
        await Page.GetByLabel("Hội Chữ thập đỏ phường 2 (P2)").CheckAsync();
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lưu" }).ClickAsync();

        await Expect(Page.Locator("main .alert-success")).ToContainTextAsync("giao nhiệm vụ cho 2 đơn vị");
        await Expect(Page.Locator("#round-deadline")).ToHaveTextAsync(new DateOnly(year, 3, 1).AddDays(-1).ToString("dd/MM/yyyy"));
        await Expect(Page.Locator("#round-progress")).ToHaveTextAsync("0/2 đơn vị đã nộp");
        await Session.ScreenshotAsync("survey-round-01-opened");

        // Phường 1 sends its dossier through the campaign's task; the round shows it.
        using (var admin = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, tenant, "admin"))
        {
            var roundId = (await admin.GetAsync($"/api/app/survey-round?year={year}"))["items"]![0]!["id"]!.GetValue<Guid>();
            var task = (await admin.GetAsync($"/api/app/survey-round/{roundId}"))["units"]!.AsArray()
                .Single(u => u!["unitId"]!.GetValue<Guid>() == first)!["taskAssignmentId"]!.GetValue<Guid>();
            await admin.PostAsync($"/api/app/task-assignment/{task}/submit", new { note = "Đã gửi hồ sơ khảo sát" });
        }
        await Page.ReloadAsync();
        await Expect(Page.Locator("#round-progress")).ToHaveTextAsync("1/2 đơn vị đã nộp");
        await Expect(Page.Locator("main table.survey-unit-list tr[data-unit='Hội Chữ thập đỏ phường 1']")).ToContainTextAsync("Đã nộp");
        await Expect(Page.Locator("main table.survey-unit-list tr[data-unit='Hội Chữ thập đỏ phường 2']")).ToContainTextAsync("Chưa nộp");

        Session.ShouldHaveNoPageProblems();
    }

    /// <summary>A city with two ward chapters and a humanitarian-address campaign over the survey's year.</summary>
    private async Task<(Guid First, Guid Second)> CreateTenantWithUnitsAsync(string tenant, int year)
    {
        using (var host = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, null, "admin"))
        {
            await host.CreateAsync("/api/multi-tenancy/tenants", new
            {
                name = tenant, displayName = $"Thành phố Khảo Sát {tenant}", level = "Province",
                adminEmailAddress = $"admin.{tenant}@example.org", adminPassword = HostProcess.DemoPassword,
            });
        }
        using var admin = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, tenant, "admin");
        var first = await admin.CreateAsync("/api/app/unit", new { code = "P1", name = "Hội Chữ thập đỏ phường 1", kind = "RedCrossChapter" });
        var second = await admin.CreateAsync("/api/app/unit", new { code = "P2", name = "Hội Chữ thập đỏ phường 2", kind = "RedCrossChapter" });
        await admin.CreateAsync("/api/app/campaign", new
        {
            name = "Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo", kind = "HumanitarianAddress",
            startDate = $"{year}-01-01", endDate = $"{year}-12-31",
        });
        return (first, second);
    }
}
