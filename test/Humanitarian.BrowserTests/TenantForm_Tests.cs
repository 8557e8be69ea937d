using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Humanitarian.BrowserTests;

/// <summary>The tenant create form refuses bad input with a Vietnamese message beside the field.</summary>
public sealed class TenantForm_Tests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTestBase(fixture, output)
{
    [Fact]
    public async Task Should_refuse_a_name_with_spaces_and_diacritics_beside_the_field_and_create_nothing()
    {
        var displayName = $"Hà Nội Thử {UniqueSuffix()}";
        await Session.SignInAsync(null, "admin");
        await Session.GotoAsync("/TenantManagement/Tenants/Create");

        await Page.Locator("#Input_Name").FillAsync("Hà Nội");
        await Page.Locator("#Input_DisplayName").FillAsync(displayName);
        await Page.Locator("#Input_AdminEmailAddress").FillAsync($"admin.{UniqueSuffix()}@example.org");
        await Page.Locator("#Input_AdminPassword").FillAsync(HostProcess.DemoPassword);
        await Session.MainForm.Locator("button[type=submit]").ClickAsync();

        // Shown again with the message in the name field's own column, the field marked invalid.
        var message = Page.Locator("main span[data-valmsg-for='Input.Name']");
        await Expect(message).ToHaveClassAsync(new Regex(@"\bfield-validation-error\b"));
        // Playwright matches in the browser: JavaScript's \b knows no Vietnamese letters, so none here.
        await Expect(message).ToHaveTextAsync(new Regex(@"^\s*Trường Mã .*\S"));
        // The message says what a name may contain, not just that it is wrong.
        await Expect(message).ToContainTextAsync("chỉ gồm chữ thường không dấu");
        var text = (await message.InnerTextAsync()).Trim();
        Session.Log("validation message: " + text);
        text.ShouldNotContain("Input.Name");
        text.ShouldNotContain("The field", Case.Insensitive);
        await Expect(Page.Locator("#Input_Name")).ToHaveClassAsync(new Regex(@"\binput-validation-error\b"));
        var column = Page.Locator("main .col-md-6").Filter(new LocatorFilterOptions { Has = Page.Locator("#Input_Name") });
        await Expect(column.Locator("span[data-valmsg-for='Input.Name']")).ToBeVisibleAsync();
        // …under the help that says what a name may contain.
        await Expect(column.Locator(".form-text")).ToContainTextAsync("Chữ thường không dấu");
        await Expect(Page.Locator("main .form-errors")).ToBeVisibleAsync();
        new Uri(Page.Url).AbsolutePath.ShouldBe("/TenantManagement/Tenants/Create");
        // The rest of what was typed is kept; no other field is blamed.
        await Expect(Page.Locator("#Input_Name")).ToHaveValueAsync("Hà Nội");
        await Expect(Page.Locator("#Input_DisplayName")).ToHaveValueAsync(displayName);
        await Expect(Page.Locator("main .field-validation-error")).ToHaveCountAsync(1);

        // Nothing was created.
        await Session.GotoAsync("/TenantManagement/Tenants?filter=" + Uri.EscapeDataString(displayName));
        await Expect(Page.Locator("main table tbody tr")).ToHaveCountAsync(1);
        await Expect(Page.Locator("main table tbody td.table-empty")).ToBeVisibleAsync();
        await Session.GotoAsync("/TenantManagement/Tenants");
        await Expect(Page.Locator("main table tbody")).Not.ToContainTextAsync(displayName);

        Session.ShouldHaveNoPageProblems();
    }
}
