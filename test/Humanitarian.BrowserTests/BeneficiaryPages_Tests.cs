using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Humanitarian.BrowserTests;

/// <summary>
/// The Beneficiaries module's pages along an address's main flow: the admin records a person, finds them in
/// the list, a sponsor commits (first below the tenant's monthly floor, refused beside the amount, then at
/// the floor), a delivery is recorded and the address's page shows it delivered, the commitment is raised. A committee member, who
/// may not see sensitive data, reads the same page without the national ID.
/// </summary>
public sealed class BeneficiaryPages_Tests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTestBase(fixture, output)
{
    private const string NationalId = "001195012345";

    [Fact]
    public async Task Should_record_an_address_sponsor_it_at_the_floor_and_show_a_delivery_but_not_the_national_id_to_a_member()
    {
        var suffix = UniqueSuffix();
        var tenant = $"bt-{suffix}";
        var person = $"Phạm Thị Lan {suffix}";
        var sponsor = $"Bà Nguyễn Thị Hoa {suffix}";
        await CreateTenantWithMemberAsync(tenant, suffix);

        // The admin finds the addresses in the menu and records a person, national ID included.
        await Session.SignInAsync(tenant, "admin");
        await Session.Navigation.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Địa chỉ nhân đạo", Exact = true }).ClickAsync();
        await Session.NavigationLink("Danh sách địa chỉ nhân đạo").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/Beneficiaries/Addresses$"));
        await Page.Locator("main .page-actions").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Thêm địa chỉ nhân đạo" }).ClickAsync();
        await Page.Locator("#Input_FullName").FillAsync(person);
        await Page.Locator("#Input_Sex").SelectOptionAsync("Female");
        await Page.Locator("#Input_BirthYear").FillAsync("1995");
        await Page.Locator("#Input_NationalId").FillAsync(NationalId);
        await Page.Locator("#Input_Commune").FillAsync("Xã Mường Phăng");
        await Page.GetByLabel("Hoàn cảnh đặc biệt khó khăn").CheckAsync();
        await Page.GetByLabel("Đồng ý được khảo sát").CheckAsync();
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lưu" }).ClickAsync();
        await Expect(Page.Locator("main .alert-success")).ToContainTextAsync($"Đã thêm địa chỉ nhân đạo '{person}'.");
        await Expect(Page.Locator("#address-national-id")).ToHaveTextAsync(NationalId);
        await Expect(Page.Locator("#consents")).ToContainTextAsync("Đồng ý được khảo sát: Có");
        var detailsPath = new Uri(Page.Url).PathAndQuery;

        // It is in the list, counted in the status chart.
        await Session.GotoAsync("/Beneficiaries/Addresses");
        await Expect(Page.Locator($"main table.address-list tr[data-address='{person}']")).ToContainTextAsync("Đã khảo sát");
        await Expect(Page.Locator("#status-Surveyed")).ToHaveAttributeAsync("value", "1");
        await Expect(Page.Locator("#commune-chart canvas")).ToHaveAttributeAsync("data-chart", new Regex("\"Xã Mường Phăng\""));
        await Session.ScreenshotAsync("beneficiaries-01-list");
        await Page.Locator("main table.address-list").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = person }).ClickAsync();

        // A sponsor by name: below the floor, the amount is refused beside its input, in Vietnamese.
        await Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Thêm người nhận đỡ đầu" }).ClickAsync();
        await Page.Locator("#sponsor-kind").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Cá nhân, tổ chức khác" }).ClickAsync();
        await Page.Locator("#Input_SponsorName").FillAsync(sponsor);
        await Page.Locator("#Input_MonthlyValue").FillAsync("200000");
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lưu" }).ClickAsync();
        await Expect(Page.Locator("main [data-valmsg-for='Input.MonthlyValue']")).ToContainTextAsync("Mức hỗ trợ hằng tháng phải từ 300.000\u00A0₫ trở lên.");
        await Expect(Page.Locator("#Input_MonthlyValue")).ToHaveValueAsync("200.000");
        await Session.ScreenshotAsync("beneficiaries-02-below-floor");
        await Page.Locator("#Input_MonthlyValue").FillAsync("300.000");
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lưu" }).ClickAsync();
        var sponsorship = Page.Locator($"#sponsorships li[data-sponsor='{sponsor}']");
        await Expect(sponsorship.Locator(".sponsorship-monthly")).ToHaveTextAsync("300.000\u00A0₫");
        await Expect(sponsorship.Locator(".sponsorship-delivered")).ToHaveTextAsync("0\u00A0₫");
        await Expect(Page.Locator("#address-status")).ToHaveTextAsync("Đang được hỗ trợ");

        // A delivery of the month's cash, today.
        await sponsorship.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Ghi nhận trao hỗ trợ" }).ClickAsync();
        await Page.Locator("#Input_Value").FillAsync("300000");
        await Page.Locator("#Input_Description").FillAsync("Tiền hỗ trợ tháng này");
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lưu" }).ClickAsync();
        await Expect(Page.Locator("main .alert-success")).ToContainTextAsync("Đã ghi nhận lần trao");
        await Expect(sponsorship.Locator(".sponsorship-delivered")).ToHaveTextAsync("300.000\u00A0₫");
        await Expect(sponsorship.Locator("table.delivery-list")).ToContainTextAsync("Tiền hỗ trợ tháng này");
        await Session.ScreenshotAsync("beneficiaries-03-delivered");

        // The sponsor raises the commitment: the edit form shows it in Vietnamese amounts, the delivery still counts.
        await sponsorship.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Sửa cam kết" }).ClickAsync();
        await Expect(Page.Locator("#Input_MonthlyValue")).ToHaveValueAsync("300.000");
        await Page.Locator("#Input_MonthlyValue").FillAsync("400.000");
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lưu" }).ClickAsync();
        await Expect(Page.Locator("main .alert-success")).ToContainTextAsync($"Đã lưu cam kết đỡ đầu của {sponsor}.");
        await Expect(sponsorship.Locator(".sponsorship-monthly")).ToHaveTextAsync("400.000\u00A0₫");
        await Expect(sponsorship.Locator(".sponsorship-delivered")).ToHaveTextAsync("300.000\u00A0₫");

        // The tenant's sponsorships, from the menu, and both lists as sheets with the browser's own sign-in.
        await Session.Navigation.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Địa chỉ nhân đạo", Exact = true }).ClickAsync();
        await Session.NavigationLink("Bảo trợ").ClickAsync();
        await Page.Locator("#active").SelectOptionAsync("true");
        await Page.Locator("main form[role=search]").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Tìm kiếm" }).ClickAsync();
        var row = Page.Locator($"main table.sponsorship-list tr[data-sponsor='{sponsor}']");
        await Expect(row).ToContainTextAsync(person);
        await Expect(row).ToContainTextAsync("Đang đỡ đầu");
        await ExpectSheetAsync("sponsorships");
        await Session.GotoAsync("/Beneficiaries/Addresses");
        await ExpectSheetAsync("addresses");
        await Session.SignOutAsync();

        // A committee member reads the record without the national ID.
        await Session.SignInAsync(tenant, "thanh-vien");
        await Session.GotoAsync(detailsPath);
        await Expect(Page.Locator("main h1")).ToContainTextAsync(person);
        await Expect(Page.Locator("#address-national-id")).ToHaveCountAsync(0);
        await Expect(Page.Locator("main")).Not.ToContainTextAsync(NationalId);

        Session.ShouldHaveNoPageProblems();
    }

    [Fact]
    public async Task Should_switch_the_form_to_a_facility_show_its_missing_kind_beside_the_field_and_edit_it()
    {
        var suffix = UniqueSuffix();
        var tenant = $"bf-{suffix}";
        var facility = $"Nhà dưỡng lão Hoa Sen {suffix}";
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        await CreateTenantWithMemberAsync(tenant, suffix);

        await Session.SignInAsync(tenant, "admin");
        await Session.GotoAsync("/Beneficiaries/Addresses/Create");
        await Page.Locator("#address-kind").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Cơ sở bảo trợ" }).ClickAsync();
        await Expect(Page.Locator("#Input_Sex")).ToHaveCountAsync(0);
        await Page.Locator("#Input_FullName").FillAsync(facility);
        await Page.Locator("#Input_Capacity").FillAsync("40");
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lưu" }).ClickAsync();
        await Expect(Page.Locator("main [data-valmsg-for='Input.FacilityKind']")).ToContainTextAsync("Vui lòng chọn loại cơ sở");
        await Session.ScreenshotAsync("beneficiaries-04-facility-form");
        await Page.Locator("#Input_FacilityKind").SelectOptionAsync("ElderlyHome");
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lưu" }).ClickAsync();
        await Expect(Page.Locator("#address-record")).ToContainTextAsync("Nhà dưỡng lão");

        await Page.Locator("main .page-actions").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Sửa" }).ClickAsync();
        await Expect(Page.Locator("#Input_Capacity")).ToHaveValueAsync("40");
        await Page.Locator("#Input_Capacity").FillAsync("45");
        await Page.Locator("#Input_SurveyDate").FillAsync(today);
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lưu" }).ClickAsync();
        await Expect(Page.Locator("main .alert-success")).ToContainTextAsync($"Đã lưu hồ sơ '{facility}'.");
        await Expect(Page.Locator("#address-record")).ToContainTextAsync("45");
        await Expect(Page.Locator("#address-record")).ToContainTextAsync(today);

        Session.ShouldHaveNoPageProblems();
    }

    [Fact]
    public async Task Should_let_a_tenant_raise_its_sponsorship_floor_in_vietnamese_amounts_refuse_a_lower_one_and_go_back()
    {
        var suffix = UniqueSuffix();
        var tenant = $"bs-{suffix}";
        await CreateTenantWithMemberAsync(tenant, suffix);

        await Session.SignInAsync(tenant, "admin");
        await Session.Navigation.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Địa chỉ nhân đạo", Exact = true }).ClickAsync();
        await Session.NavigationLink("Mức hỗ trợ tối thiểu").ClickAsync();
        await Expect(Page.Locator("[data-floor-inherited]")).ToBeVisibleAsync();
        await Expect(Page.Locator("#Input_MinimumMonthlyValue")).ToHaveValueAsync("300.000");
        await Expect(Page.Locator("[data-national-floor]")).ToContainTextAsync("300.000\u00A0₫");

        await Page.Locator("#Input_MinimumMonthlyValue").FillAsync("250.000");
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lưu" }).ClickAsync();
        await Expect(Page.Locator("main [data-valmsg-for='Input.MinimumMonthlyValue']"))
            .ToContainTextAsync("không được thấp hơn mức toàn quốc (300.000\u00A0₫)");

        await Page.Locator("#Input_MinimumMonthlyValue").FillAsync("500.000");
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lưu" }).ClickAsync();
        await Expect(Page.Locator("main .alert-success")).ToContainTextAsync("Đã lưu mức hỗ trợ tối thiểu.");
        await Expect(Page.Locator("#Input_MinimumMonthlyValue")).ToHaveValueAsync("500.000");
        await Expect(Page.Locator("[data-floor-inherited]")).ToHaveCountAsync(0);
        await Session.ScreenshotAsync("beneficiaries-05-floor");

        Page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Trở về mức toàn quốc" }).ClickAsync();
        await Expect(Page.Locator("main .alert-success")).ToContainTextAsync("Đã trở về mức toàn quốc.");
        await Expect(Page.Locator("#Input_MinimumMonthlyValue")).ToHaveValueAsync("300.000");

        Session.ShouldHaveNoPageProblems();
    }

    /// <summary>The page's export link (data-export=<paramref name="name"/>) answers with an .xlsx file.</summary>
    private async Task ExpectSheetAsync(string name)
    {
        var href = await Page.Locator($"main [data-export={name}]").GetAttributeAsync("href");
        href.ShouldNotBeNull().ShouldContain("handler=Export");
        var file = await Page.APIRequest.GetAsync(href);
        file.Status.ShouldBe(200);
        file.Headers["content-type"].ShouldStartWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    /// <summary>A province of its own with a committee member, who holds no sensitive-data permission.</summary>
    private async Task CreateTenantWithMemberAsync(string tenant, string suffix)
    {
        using (var host = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, null, "admin"))
        {
            await host.CreateAsync("/api/multi-tenancy/tenants", new
            {
                name = tenant, displayName = $"Tỉnh Nhân Đạo {suffix}", level = "Province",
                adminEmailAddress = $"admin.{tenant}@example.org", adminPassword = HostProcess.DemoPassword,
            });
        }
        using var admin = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, tenant, "admin");
        await admin.CreateAsync("/api/identity/users", new
        {
            userName = "thanh-vien", name = "Tư", surname = "Đỗ", email = $"thanh-vien.{suffix}@example.org",
            password = HostProcess.DemoPassword, isActive = true, roleNames = new[] { "committee-member" },
        });
    }
}
