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
