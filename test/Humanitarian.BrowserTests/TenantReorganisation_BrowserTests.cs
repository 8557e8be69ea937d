using System.Net;
using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Humanitarian.BrowserTests;

/// <summary>
/// The 2025 reorganisation through the pages, as the host admin: from the tenants list, choose how and the
/// heir, preview what moves, confirm, read the report. Fresh tenants only: the demo ones must stay open.
/// </summary>
public sealed class TenantReorganisation_BrowserTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTestBase(fixture, output)
{
    private static readonly Regex TenantsIndexUrl = new(@"/TenantManagement/Tenants/?(\?.*)?$", RegexOptions.IgnoreCase);

    [Fact]
    public async Task Should_preview_and_merge_a_tenant_into_its_heir_then_list_it_as_former()
    {
        var suffix = UniqueSuffix();
        var source = $"Tỉnh Nguồn {suffix}";
        var heir = $"Tỉnh Kế Thừa {suffix}";
        await Session.SignInAsync(null, "admin");
        await CreateTenantAsync($"nguon-{suffix}", source, parentLabel: null, "Province");
        await CreateTenantAsync($"ke-thua-{suffix}", heir, parentLabel: null, "Province");

        // From the tenants list: the source's own action.
        var sourceRow = await TenantRowAsync(suffix, $"nguon-{suffix}");
        await sourceRow.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Sáp nhập / giải thể" }).ClickAsync();
        await Expect(Page.Locator("main h1")).ToHaveTextAsync($"Sáp nhập hoặc giải thể {source}");
        // A tenant cannot inherit from itself.
        await Expect(Page.Locator("#Input_SuccessorId option").Filter(new LocatorFilterOptions { HasText = source })).ToHaveCountAsync(0);
        await Page.GetByLabel("Hình thức", new PageGetByLabelOptions { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Sáp nhập" });
        await Page.GetByLabel("Đơn vị kế thừa", new PageGetByLabelOptions { Exact = true })
            .SelectOptionAsync(new SelectOptionValue { Label = $"{heir} (ke-thua-{suffix})" });
        await Page.GetByLabel("Ngày có hiệu lực", new PageGetByLabelOptions { Exact = true }).FillAsync("2025-07-01");

        // The preview changes nothing and says what would happen: the tenant's admin user moves, without the admin role.
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Xem trước" }).ClickAsync();
        await Expect(Page.Locator("main h2")).ToHaveTextAsync($"Xem trước: sáp nhập {source} vào {heir}");
        var explanation = Page.Locator("main .reorganisation-explanation");
        await Expect(explanation).ToContainTextAsync($"Từ ngày 01/07/2025, {source} đóng lại");
        await Expect(explanation).ToContainTextAsync($"“{source} (cũ)”");
        await Expect(explanation).ToContainTextAsync("Vai trò quản trị viên (admin)");
        var users = LinesRow("Người dùng");
        await Expect(users.Locator("[data-count=moved]")).ToHaveTextAsync("1");
        await Expect(users.Locator("[data-count=kept]")).ToHaveTextAsync("0");
        await Expect(LinesRow("Vai trò của người dùng").Locator("td").Nth(4)).ToContainTextAsync("không mang theo vai trò admin");
        await Session.ScreenshotAsync("reorganise-01-preview");

        // Confirming asks first, then executes and shows the kept report.
        string? question = null;
        Page.Dialog += (_, dialog) =>
        {
            question = dialog.Message;
            _ = dialog.AcceptAsync();
        };
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Xác nhận" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/TenantManagement/Reorganisations/Details/[0-9a-f-]{36}$"));
        question.ShouldBe($"Sáp nhập '{source}' vào '{heir}' từ ngày 01/07/2025? Thao tác này không hoàn tác được.");
        await Expect(Page.Locator("main .alert-success")).ToHaveTextAsync($"Đã sáp nhập '{source}' vào '{heir}'.");
        await Expect(Page.Locator("main h1")).ToHaveTextAsync($"Sáp nhập {source} vào {heir}");
        await Expect(LinesRow("Người dùng").Locator("[data-count=moved]")).ToHaveTextAsync("1");
        await Session.ScreenshotAsync("reorganise-02-report");

        // The Excel export of the report downloads with the browser's own sign-in.
        var export = await Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Xuất Excel" }).GetAttributeAsync("href");
        var file = await Page.APIRequest.GetAsync(export!);
        file.Status.ShouldBe(200);
        file.Headers["content-type"].ShouldStartWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        // The list marks the source as former, with its heir and date, and offers nothing to change it.
        await Session.GotoAsync($"/TenantManagement/Tenants?filter={suffix}");
        sourceRow = await TenantRowAsync(suffix, $"nguon-{suffix}");
        await Expect(sourceRow.Locator("td").Nth(1)).ToHaveTextAsync($"{source} (cũ)");
        await Expect(sourceRow.Locator(".tenant-closure")).ToHaveTextAsync($"Đã sáp nhập vào {heir} (01/07/2025)");
        await Expect(sourceRow.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Sửa" })).ToHaveCountAsync(0);
        await Expect(sourceRow.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Xóa" })).ToHaveCountAsync(0);
        await Expect(sourceRow.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Sáp nhập / giải thể" })).ToHaveCountAsync(0);
        var heirRow = await TenantRowAsync(suffix, $"ke-thua-{suffix}");
        await Expect(heirRow.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Sáp nhập / giải thể" })).ToHaveCountAsync(1);
        await Session.ScreenshotAsync("reorganise-03-tenants");

        // The reorganisations list, from the navigation's tenants menu, finds it.
        await Session.Navigation.Locator("[data-menu='TenantManagement'] > .nav-link").ClickAsync();
        await Session.NavigationLink("Sáp nhập, giải thể").ClickAsync();
        // Hidden in the closed dropdown, so found by its menu name rather than by role.
        await Expect(Session.Navigation.Locator("a[data-menu='TenantManagement.Reorganisations']")).ToHaveAttributeAsync("aria-current", "page");
        await Page.Locator("#filter").FillAsync(suffix);
        await Page.Locator("#filter").PressAsync("Enter");
        var reports = Page.Locator("main table tbody tr");
        await Expect(reports).ToHaveCountAsync(1);
        await Expect(reports.Locator("td").Nth(1)).ToHaveTextAsync("Sáp nhập");
        await Expect(reports.Locator("td").Nth(2)).ToHaveTextAsync(source);
        await Expect(reports.Locator("td").Nth(3)).ToHaveTextAsync(heir);

        Session.ShouldHaveNoPageProblems();
    }

    [Fact]
    public async Task Should_require_an_heir_for_a_merger_and_default_a_dissolution_to_the_parent()
    {
        var suffix = UniqueSuffix();
        var province = $"Tỉnh Cha {suffix}";
        var district = $"Huyện Con {suffix}";
        await Session.SignInAsync(null, "admin");
        await CreateTenantAsync($"tinh-cha-{suffix}", province, parentLabel: null, "Province");
        await CreateTenantAsync($"huyen-con-{suffix}", district, parentLabel: $"{province} (tinh-cha-{suffix})", "District");
        var districtRow = await TenantRowAsync(suffix, $"huyen-con-{suffix}");
        await districtRow.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Sáp nhập / giải thể" }).ClickAsync();
        var successor = Page.GetByLabel("Đơn vị kế thừa", new PageGetByLabelOptions { Exact = true });
        var preview = Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Xem trước" });

        // A merger names its heir: the refusal stands beside the field and nothing is previewed.
        await preview.ClickAsync();
        await Expect(Page.Locator("main span[data-valmsg-for='Input.SuccessorId']")).ToHaveTextAsync("Chọn đơn vị kế thừa.");
        await Expect(Page.Locator("main .reorganisation-lines")).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Xác nhận" })).ToHaveCountAsync(0);

        // A dissolution without one goes to the parent, shown as the chosen heir.
        await Page.GetByLabel("Hình thức", new PageGetByLabelOptions { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Giải thể" });
        await preview.ClickAsync();
        await Expect(Page.Locator("main h2")).ToHaveTextAsync($"Xem trước: giải thể {district}, {province} kế thừa");
        await Expect(successor.Locator("option:checked")).ToHaveTextAsync($"{province} (tinh-cha-{suffix})");
        await Expect(Page.Locator("main .field-validation-error")).ToHaveCountAsync(0);

        // Only previewed: the district is still open.
        await Session.GotoAsync($"/TenantManagement/Tenants?filter={suffix}");
        await Expect((await TenantRowAsync(suffix, $"huyen-con-{suffix}")).Locator("td").Nth(1)).ToHaveTextAsync(district);

        Session.ShouldHaveNoPageProblems();
    }

    [Fact]
    public async Task Should_dissolve_a_district_sending_one_area_and_its_unit_to_a_commune_tenant()
    {
        var suffix = UniqueSuffix();
        var (province, district, commune) = ($"Tỉnh Chia {suffix}", $"Huyện Chia {suffix}", $"Xã Nhận {suffix}");
        using var host = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, null, "admin");
        var provinceId = await CreateTenantByApiAsync(host, $"tinh-chia-{suffix}", province, null, "Province");
        var districtId = await CreateTenantByApiAsync(host, $"huyen-chia-{suffix}", district, provinceId, "District");
        var communeId = await CreateTenantByApiAsync(host, $"xa-nhan-{suffix}", commune, districtId, "Commune");
        Guid sentArea, keptArea, unit;
        using (var districtAdmin = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, $"huyen-chia-{suffix}", "admin"))
        {
            sentArea = await districtAdmin.CreateAsync("/api/app/administrative-area", new { code = $"TT-{suffix}", name = $"Thị trấn Gửi {suffix}", level = "Township" });
            keptArea = await districtAdmin.CreateAsync("/api/app/administrative-area", new { code = $"XG-{suffix}", name = $"Xã Giữ {suffix}", level = "Commune" });
            unit = await districtAdmin.CreateAsync("/api/app/unit",
                new { code = $"CH-{suffix}", name = $"Chi hội Gửi {suffix}", kind = "RedCrossChapter", administrativeAreaId = sentArea });
        }

        // The district's own areas are listed, each with its successor; the commune (its child) is one of them.
        await Session.SignInAsync(null, "admin");
        await Session.GotoAsync($"/TenantManagement/Tenants/Reorganise/{districtId}");
        await Expect(Page.Locator("main .reorganise-areas legend")).ToHaveTextAsync("Chia địa bàn cho nhiều đơn vị kế thừa (không bắt buộc)");
        await Expect(AreaRow($"TT-{suffix}").Locator("td").Nth(2)).ToHaveTextAsync("Thị trấn");
        var sentSelect = AreaSuccessor($"Thị trấn Gửi {suffix}");
        var keptSelect = AreaSuccessor($"Xã Giữ {suffix}");
        await Expect(sentSelect.Locator("option:checked")).ToHaveTextAsync("— cùng đơn vị kế thừa —");
        await Expect(sentSelect.Locator($"option[value='{districtId}']")).ToBeDisabledAsync();
        await Page.GetByLabel("Hình thức", new PageGetByLabelOptions { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Giải thể" });
        await sentSelect.SelectOptionAsync(new SelectOptionValue { Value = communeId.ToString() });

        // The preview sends the area's unit to the commune and keeps the choice for the confirmation.
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Xem trước" }).ClickAsync();
        await Expect(Page.Locator("main h2")).ToHaveTextAsync($"Xem trước: giải thể {district}, {province} kế thừa");
        await Expect(LinesRow("Đơn vị").Locator("td").Nth(4)).ToContainTextAsync($"1 chuyển về {commune}");
        await Expect(LinesRow("Địa bàn hành chính").Locator("td").Nth(4)).ToContainTextAsync($"1 chuyển về {commune}");
        await Expect(sentSelect.Locator("option:checked")).ToContainTextAsync(commune);
        await Expect(keptSelect.Locator("option:checked")).ToHaveTextAsync("— cùng đơn vị kế thừa —");
        await Expect(Page.Locator("main a[data-export=reorganisation-preview]")).ToHaveAttributeAsync("href", new Regex($"areaSuccessors%5B0%5D.successorId={communeId}"));
        await Session.ScreenshotAsync("reorganise-04-split-preview");

        // The commune closing in between: the service's refusal of the area's successor stands beside the areas.
        Page.Dialog += (_, dialog) => dialog.AcceptAsync();
        var confirm = Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Xác nhận" });
        object Commune(bool isActive) => new { name = $"xa-nhan-{suffix}", displayName = commune, parentId = districtId, level = "Commune", isActive };
        await host.PutAsync($"/api/multi-tenancy/tenants/{communeId}", Commune(isActive: false));
        await confirm.ClickAsync();
        await Expect(Page.Locator("main span[data-valmsg-for='Input.AreaSuccessors']"))
            .ToHaveTextAsync("Đơn vị kế thừa không tồn tại hoặc không còn hoạt động.");
        await Expect(Page.Locator("main .form-errors")).ToBeVisibleAsync();
        await Expect(sentSelect.Locator("option:checked")).ToContainTextAsync(commune);
        await Session.ScreenshotAsync("reorganise-05-split-refused");

        // Open again, the same previewed choice goes through.
        await host.PutAsync($"/api/multi-tenancy/tenants/{communeId}", Commune(isActive: true));
        await Page.GoBackAsync();
        await confirm.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/TenantManagement/Reorganisations/Details/[0-9a-f-]{36}$"));
        await Expect(Page.Locator("main .alert-success")).ToHaveTextAsync($"Đã giải thể '{district}'; '{province}' kế thừa.");
        await Expect(LinesRow("Đơn vị").Locator("td").Nth(4)).ToContainTextAsync($"1 chuyển về {commune}");
        await Session.ScreenshotAsync("reorganise-06-split-report");

        // The unit and its area are the commune's now; the other area went to the province.
        using var communeAdmin = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, $"xa-nhan-{suffix}", "admin");
        using var provinceAdmin = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, $"tinh-chia-{suffix}", "admin");
        (await communeAdmin.GetStatusAsync($"/api/app/unit/{unit}")).ShouldBe(HttpStatusCode.OK);
        (await provinceAdmin.GetStatusAsync($"/api/app/unit/{unit}")).ShouldBe(HttpStatusCode.NotFound);
        (await communeAdmin.GetStatusAsync($"/api/app/administrative-area/{sentArea}")).ShouldBe(HttpStatusCode.OK);
        (await provinceAdmin.GetStatusAsync($"/api/app/administrative-area/{keptArea}")).ShouldBe(HttpStatusCode.OK);

        Session.ShouldHaveNoPageProblems();
    }

    private static async Task<Guid> CreateTenantByApiAsync(ApiSession host, string name, string displayName, Guid? parentId, string level) =>
        await host.CreateAsync("/api/multi-tenancy/tenants", new
        {
            name, displayName, level, parentId,
            adminEmailAddress = $"admin.{name}@example.org", adminPassword = HostProcess.DemoPassword,
        });

    /// <summary>The Reorganise page's row of one area, by its code.</summary>
    private ILocator AreaRow(string code) =>
        Page.Locator("main .reorganise-areas tbody tr").Filter(new LocatorFilterOptions
        {
            Has = Page.Locator("code", new PageLocatorOptions { HasTextRegex = new Regex($"^{Regex.Escape(code)}$") }),
        });

    private ILocator AreaSuccessor(string areaName) =>
        Page.GetByLabel($"Đơn vị kế thừa địa bàn {areaName}", new PageGetByLabelOptions { Exact = true });

    private async Task CreateTenantAsync(string name, string displayName, string? parentLabel, string level)
    {
        await Session.GotoAsync("/TenantManagement/Tenants/Create");
        await Page.GetByLabel("Mã", new PageGetByLabelOptions { Exact = true }).FillAsync(name);
        await Page.GetByLabel("Tên hiển thị", new PageGetByLabelOptions { Exact = true }).FillAsync(displayName);
        if (parentLabel is not null)
        {
            await Page.GetByLabel("Trực thuộc", new PageGetByLabelOptions { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = parentLabel });
        }
        await Page.GetByLabel("Cấp", new PageGetByLabelOptions { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = level });
        await Page.GetByLabel("E-mail quản trị viên", new PageGetByLabelOptions { Exact = true }).FillAsync($"admin.{name}@example.org");
        await Page.GetByLabel("Mật khẩu quản trị viên", new PageGetByLabelOptions { Exact = true }).FillAsync(HostProcess.DemoPassword);
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lưu" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(TenantsIndexUrl);
        await Expect(Page.Locator("main .alert-success")).ToHaveTextAsync($"Đã thêm '{displayName}'.");
    }

    /// <summary>The tenants list searched for this test's tenants, and the row of the one with that code.</summary>
    private async Task<ILocator> TenantRowAsync(string suffix, string name)
    {
        if (!Page.Url.Contains($"filter={suffix}", StringComparison.Ordinal))
        {
            await Session.GotoAsync($"/TenantManagement/Tenants?filter={suffix}");
        }
        var row = Page.Locator("main table tbody tr")
            .Filter(new LocatorFilterOptions { Has = Page.Locator("code", new PageLocatorOptions { HasTextRegex = new Regex($"^{Regex.Escape(name)}$") }) });
        await Expect(row).ToHaveCountAsync(1);
        return row;
    }

    /// <summary>The report's row of one kind of record, by its subject (second column), exactly.</summary>
    private ILocator LinesRow(string subject) =>
        Page.Locator("main .reorganisation-lines tbody tr").Filter(new LocatorFilterOptions
        {
            Has = Page.Locator("td:nth-child(2)", new PageLocatorOptions { HasTextRegex = new Regex($"^{Regex.Escape(subject)}$") }),
        });
}
