using System.Text;
using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Humanitarian.BrowserTests;

/// <summary>
/// The framework's UI building blocks in an English browser (en-US), where native date and file inputs
/// speak the browser's language: days stay dd/MM/yyyy, the file input stays Vietnamese, long lists filter
/// without diacritics.
/// </summary>
public sealed class UiBuildingBlocks_BrowserTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTestBase(fixture, output)
{
    private const string Tenant = "ha-noi";
    private const string BaDinhChapter = "Hội Chữ thập đỏ quận Ba Đình";

    protected override string? Locale => "en-US";

    [Fact]
    public async Task Should_save_a_day_typed_day_first_on_an_English_page_and_find_the_issuing_unit_typed_without_diacritics()
    {
        var number = $"UI-{UniqueSuffix()}/KH";
        await Session.SignInAsync(Tenant, "admin");
        // The page in English too: neither the browser's nor the page's language may turn 05/03 into 3 May.
        await Session.GotoAsync("/Organization/Documents/Create?culture=en");
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("New document");

        await Page.Locator("#Input_Kind").SelectOptionAsync("Plan");
        await Page.Locator("#Input_Number").FillAsync(number);
        var issueDate = Page.GetByLabel("Issue date", new PageGetByLabelOptions { Exact = true });
        await Expect(issueDate).ToHaveAttributeAsync("type", "text");
        await Expect(issueDate).ToHaveAttributeAsync("placeholder", "dd/mm/yyyy");
        // Typed as digits only: the slashes come by themselves.
        await issueDate.PressSequentiallyAsync("05032025");
        await Expect(issueDate).ToHaveValueAsync("05/03/2025");
        await Page.GetByLabel("Issuing body", new PageGetByLabelOptions { Exact = true }).FillAsync(BaDinhChapter);

        var unit = Page.Locator("#Input_IssuerUnitId");
        var filter = Page.GetByLabel("Filter the list: Issuing unit", new PageGetByLabelOptions { Exact = true });
        await filter.PressSequentiallyAsync("quan ba dinh");
        await Expect(unit.Locator("option:checked")).ToContainTextAsync(BaDinhChapter);
        await Expect(unit.Locator("option:not([hidden])").Filter(new LocatorFilterOptions { HasText = "Hoàn Kiếm" })).ToHaveCountAsync(0);
        await Expect(Page.Locator("#Input_IssuerUnitId_filter_status")).ToHaveTextAsync(new Regex(@"^\d+ matching$"));
        // Enter goes on to the list; it does not send the form.
        await filter.PressAsync("Enter");
        await Expect(unit).ToBeFocusedAsync();
        var unitId = await unit.InputValueAsync();
        await Session.ScreenshotAsync("ui-01-date-and-searchable-select");

        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Save", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/Organization/Documents/Details"));
        await Expect(Page.Locator("main dl")).ToContainTextAsync("05/03/2025");

        var id = Regex.Match(Page.Url, "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").Value;
        using var api = await ApiSession.SignInAsync(Session.BaseAddress, Tenant, "admin");
        var document = await api.GetAsync("/api/app/document/" + id);
        document["issueDate"]!.GetValue<string>().ShouldBe("2025-03-05");
        document["issuerUnitId"]!.GetValue<string>().ShouldBe(unitId);

        Session.ShouldHaveNoPageProblems();
    }

    [Fact]
    public async Task Should_refuse_a_day_that_does_not_exist_beside_the_field_keeping_what_was_typed()
    {
        await Session.SignInAsync(Tenant, "admin");
        await Session.GotoAsync("/Organization/Documents/Create");
        await Page.Locator("#Input_Kind").SelectOptionAsync("Plan");
        await Page.Locator("#Input_Issuer").FillAsync(BaDinhChapter);
        await Page.Locator("#Input_IssueDate").FillAsync("31/02/2025");
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lưu", Exact = true }).ClickAsync();

        var message = Page.Locator("main span[data-valmsg-for='Input.IssueDate']");
        await Expect(message).ToHaveClassAsync(new Regex(@"\bfield-validation-error\b"));
        await Expect(message).ToContainTextAsync("31/02/2025");
        await Expect(Page.Locator("#Input_IssueDate")).ToHaveClassAsync(new Regex(@"\binput-validation-error\b"));
        await Expect(Page.Locator("#Input_IssueDate")).ToHaveValueAsync("31/02/2025");
        new Uri(Page.Url).AbsolutePath.ShouldBe("/Organization/Documents/Create");

        Session.ShouldHaveNoPageProblems();
    }

    [Fact]
    public async Task Should_show_the_file_input_in_Vietnamese_and_the_chosen_file_name()
    {
        await Session.SignInAsync(Tenant, "admin");
        await Session.GotoAsync("/Organization/Units/Import");

        var box = Page.Locator("main .abp-file-input");
        await Expect(box.Locator(".abp-file-input-button")).ToHaveTextAsync("Chọn tệp");
        await Expect(box.Locator(".abp-file-input-name")).ToHaveTextAsync("Chưa chọn tệp");
        await Expect(box.Locator(".abp-file-input-button")).ToBeVisibleAsync();
        // The real input is still the labelled field, described by what is chosen.
        var input = Page.GetByLabel("Tệp Excel (.xlsx)", new PageGetByLabelOptions { Exact = true });
        await Expect(input).ToHaveAttributeAsync("type", "file");
        await Expect(input).ToHaveAccessibleDescriptionAsync("Chưa chọn tệp");

        await input.SetInputFilesAsync(new FilePayload
        {
            Name = "don-vi.xlsx",
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = Encoding.UTF8.GetBytes("x"),
        });
        await Expect(box.Locator(".abp-file-input-name")).ToHaveTextAsync("don-vi.xlsx");
        await Expect(input).ToHaveAccessibleDescriptionAsync("don-vi.xlsx");
        await Session.ScreenshotAsync("ui-02-file-input");

        Session.ShouldHaveNoPageProblems();
    }
}
