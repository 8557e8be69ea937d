using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Humanitarian.BrowserTests;

/// <summary>Merging a commune into its successor through the pages: choose, preview, confirm.</summary>
public sealed class AreaMerge_Tests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTestBase(fixture, output)
{
    private async Task CreateCommuneAsync(string code, string name)
    {
        await Session.GotoAsync("/Organization/Areas/Create");
        await Page.Locator("#Input_Code").FillAsync(code);
        await Page.Locator("#Input_Name").FillAsync(name);
        await Page.Locator("#Input_Level").SelectOptionAsync("Commune");
        await Session.MainForm.Locator("button[type=submit]").ClickAsync();
        await Expect(Page.Locator("main .alert-success")).ToContainTextAsync(name);
    }

    [Fact]
    public async Task Should_preview_and_merge_a_commune_into_its_successor()
    {
        var suffix = UniqueSuffix();
        var merged = $"Xã Sáp Nhập {suffix}";
        var successor = $"Xã Kế Thừa {suffix}";
        await Session.SignInAsync("vinh-linh", "admin");
        await CreateCommuneAsync($"SN-{suffix}", merged);
        await CreateCommuneAsync($"KT-{suffix}", successor);

        await Session.GotoAsync($"/Organization/Areas?filter={suffix}");
        var row = Page.Locator("main table tbody tr").Filter(new LocatorFilterOptions { HasText = merged });
        await row.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Sáp nhập" }).ClickAsync();
        await Expect(Page.Locator("main h1")).ToContainTextAsync(merged);
        await Page.Locator("#targetId").SelectOptionAsync(new SelectOptionValue { Label = $"KT-{suffix} – {successor}" });
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Xem trước" }).ClickAsync();
        await Expect(Page.Locator("main .alert-warning")).ToContainTextAsync($"sẽ chuyển 0 đơn vị");

        Page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await Page.Locator("main form[method=post] button[type=submit]").ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/Organization/Areas$"));
        await Expect(Page.Locator("main .alert-success")).ToContainTextAsync($"Đã sáp nhập '{merged}' vào '{successor}'");
        await Session.GotoAsync($"/Organization/Areas?filter={suffix}");
        await Expect(Page.Locator("main table tbody tr").Filter(new LocatorFilterOptions { HasText = merged })).ToHaveCountAsync(0);
        await Expect(Page.Locator("main table tbody tr").Filter(new LocatorFilterOptions { HasText = successor })).ToHaveCountAsync(1);

        Session.ShouldHaveNoPageProblems();
    }
}
