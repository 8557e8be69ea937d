using static Microsoft.Playwright.Assertions;

namespace Humanitarian.BrowserTests;

/// <summary>
/// ABP's own Angular admin UI at /angular/ (src/angular, built by etc/build-angular.sh), driven through
/// ABP's unchanged pages the way a person uses them: what the tests of it share.
/// </summary>
public sealed class AngularAdmin_App(BrowserSession session)
{
    private IPage Page => session.Page;

    /// <summary>ABP's open modal dialog (one at a time).</summary>
    public ILocator Modal => Page.Locator("ngb-modal-window .modal-content");

    /// <summary>The signed-in user's name in the theme's top bar (ABP's current-user menu).</summary>
    public ILocator CurrentUser => Page.Locator("abp-current-user #dropdownMenuLink strong");

    /// <summary>
    /// Signs in on ABP's login page, choosing the tenant in its tenant switch first (null: the host), and
    /// returns the access token the app got from the token endpoint.
    /// </summary>
    public async Task<string> SignInAsync(string? tenantName, string userName, string password = HostProcess.DemoPassword)
    {
        await session.GotoAsync("/angular/account/login");
        var tenantBox = Page.Locator("abp-tenant-box");
        if (tenantName is not null)
        {
            await tenantBox.Locator("#AbpTenantSwitchLink").ClickAsync();
            await Modal.Locator("input#name").FillAsync(tenantName);
            await SaveModalAsync();
        }
        // No tenant is the national level.
        await Expect(tenantBox.Locator("h6")).ToHaveTextAsync(tenantName ?? "Trung ương");
        // Officials are invited: the server says self-registration is off, and ABP offers no register link.
        await Expect(Page.Locator("abp-login a[href$='account/register']")).ToHaveCountAsync(0);
        await Page.Locator("#login-input-user-name-or-email-address").FillAsync(userName);
        await Page.Locator("#login-input-password").FillAsync(password);
        var token = await Page.RunAndWaitForResponseAsync(
            () => Page.Locator("abp-login form button[type=submit]").ClickAsync(),
            r => r.Request.Method == "POST" && new Uri(r.Url).AbsolutePath == "/connect/token");
        token.Status.ShouldBe(200, await token.TextAsync());
        await Expect(CurrentUser).ToHaveTextAsync(userName);
        session.Log($"signed in to the Angular admin UI as {userName}@{tenantName ?? "host"} → {Page.Url}");
        return (await token.JsonAsync())!.Value.GetProperty("access_token").GetString()!;
    }

    /// <summary>Opens one of ABP's lists (/angular/identity/users) and waits for its rows.</summary>
    public async Task OpenListAsync(string path)
    {
        await session.GotoAsync("/angular/" + path);
        await Expect(Rows.First).ToBeVisibleAsync();
    }

    /// <summary>The rows of the page's ABP table (ngx-datatable).</summary>
    public ILocator Rows => Page.Locator("abp-extensible-table datatable-body-row");

    /// <summary>The table's row showing <paramref name="text"/> in a cell of its own.</summary>
    public ILocator Row(string text) => Rows.Filter(new LocatorFilterOptions
    {
        Has = Page.Locator("datatable-body-cell", new PageLocatorOptions { HasTextString = text }),
    });

    /// <summary>Narrows the list with its search box (ABP asks the server with ?filter=).</summary>
    public async Task SearchAsync(string text)
    {
        await Page.Locator("#data-tables-table-filter input[type=search]").FillAsync(text);
        await Expect(Rows).ToHaveCountAsync(1);
    }

    /// <summary>A row's action from ABP's row menu (Sửa, Phân quyền, …) by its text.</summary>
    public async Task RowActionAsync(ILocator row, string action)
    {
        await row.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Thao tác" }).ClickAsync();
        await Page.Locator(".dropdown-menu.show").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = action }).ClickAsync();
    }

    /// <summary>Saves the open modal with its footer's button and waits for it to close.</summary>
    public async Task SaveModalAsync()
    {
        await Modal.Locator(".modal-footer").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lưu" }).ClickAsync();
        await Expect(Modal).ToHaveCountAsync(0);
    }
}
