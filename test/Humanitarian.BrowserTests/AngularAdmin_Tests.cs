using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Humanitarian.BrowserTests;

/// <summary>
/// ABP's own Angular admin UI (@abp/ng.identity, ng.tenant-management, ng.permission-management, ng.account
/// 10.4.1, unchanged) on Humanitarian's API, served at /angular/: what an ABP team's front end would do
/// here works, and what it saves is what the server then enforces.
/// </summary>
public sealed class AngularAdmin_Tests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTestBase(fixture, output)
{
    private const string Tenant = "ha-noi";

    /// <summary>ABP's app speaks the browser's language (Accept-Language), as a Vietnamese office's browser does.</summary>
    protected override string? Locale => "vi-VN";

    private AngularAdmin_App App => new(Session);

    /// <summary>A new province of its own, so its lists hold only what the test made.</summary>
    private async Task<string> NewTenantAsync()
    {
        var name = "ng-" + UniqueSuffix();
        using var host = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, null, "admin");
        await host.CreateAsync("/api/multi-tenancy/tenants", new
        {
            name, displayName = "Angular " + name, level = "Province",
            adminEmailAddress = $"admin.{name}@example.org", adminPassword = HostProcess.DemoPassword,
        });
        return name;
    }

    private Task<ApiSession> AdminApiAsync(string tenant) => ApiSession.SignInAsync(Fixture.Host.BaseAddress, tenant, "admin");

    /// <summary>A call with the token the browser got, as a script that captured it would make.</summary>
    private async Task<HttpResponseMessage> GetWithTokenAsync(string path, string token)
    {
        using var http = new HttpClient { BaseAddress = Fixture.Host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await http.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    [Fact]
    public async Task Should_sign_in_a_tenant_admin_through_the_tenant_switch_of_abps_login_page()
    {
        var token = await App.SignInAsync(Tenant, "admin");

        await Expect(Page).ToHaveURLAsync(new Regex("/angular/$"));
        await Expect(Page.Locator("abp-current-user #dropdownMenuLink small")).ToHaveTextAsync(Tenant + "\\");
        // The token is the tenant admin's in the server's eyes.
        using var configuration = await GetWithTokenAsync("/api/abp/application-configuration", token);
        configuration.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = JsonNode.Parse(await configuration.Content.ReadAsStringAsync())!;
        body["currentUser"]!["userName"]!.GetValue<string>().ShouldBe("admin");
        body["currentTenant"]!["name"]!.GetValue<string>().ShouldBe(Tenant);
        await Session.ScreenshotAsync("angular-admin-signed-in");
        Session.ShouldHaveNoPageProblems();
    }

    [Fact]
    public async Task Should_list_users_then_create_one_with_a_role_and_change_its_roles()
    {
        var tenant = await NewTenantAsync();
        const string userName = "ng-user";
        await App.SignInAsync(tenant, "admin");
        await App.OpenListAsync("identity/users");
        await Expect(App.Rows).ToHaveCountAsync(1);
        await Expect(App.Row($"admin.{tenant}@example.org")).ToHaveCountAsync(1);

        // ABP's new-user dialog: its user tab, then its roles tab.
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Thêm người dùng" }).ClickAsync();
        await App.Modal.Locator("#user-name").FillAsync(userName);
        await App.Modal.Locator("#password").FillAsync(HostProcess.DemoPassword);
        await App.Modal.Locator("#email").FillAsync(userName + "@example.org");
        await App.Modal.GetByRole(AriaRole.Tab, new LocatorGetByRoleOptions { Name = "Vai trò" }).ClickAsync();
        await App.Modal.GetByLabel("viewer", new LocatorGetByLabelOptions { Exact = true }).CheckAsync();
        await App.SaveModalAsync();
        await Expect(App.Rows).ToHaveCountAsync(2);

        using var api = await AdminApiAsync(tenant);
        var created = (await api.GetAsync($"/api/identity/users?filter={userName}"))["items"]!.AsArray().Single()!;
        var id = created["id"]!.GetValue<Guid>();
        RoleNames(await api.GetAsync($"/api/identity/users/{id}/roles")).ShouldBe(["viewer"]);

        // Edit: the roles tab shows the role it has; another one replaces it.
        await App.RowActionAsync(App.Row(userName), "Sửa");
        await App.Modal.GetByRole(AriaRole.Tab, new LocatorGetByRoleOptions { Name = "Vai trò" }).ClickAsync();
        var viewer = App.Modal.GetByLabel("viewer", new LocatorGetByLabelOptions { Exact = true });
        await Expect(viewer).ToBeCheckedAsync();
        await viewer.UncheckAsync();
        await App.Modal.GetByLabel("committee-member", new LocatorGetByLabelOptions { Exact = true }).CheckAsync();
        await App.SaveModalAsync();

        RoleNames(await api.GetAsync($"/api/identity/users/{id}/roles")).ShouldBe(["committee-member"]);
        Session.ShouldHaveNoPageProblems();
    }

    private static List<string> RoleNames(JsonNode roles) =>
        roles["items"]!.AsArray().Select(r => r!["name"]!.GetValue<string>()).ToList();

    [Fact]
    public async Task Should_grant_a_role_a_permission_that_its_user_then_finds_on_the_server_rendered_pages()
    {
        var tenant = await NewTenantAsync();
        const string roleName = "ng-role";
        const string userName = "ng-member";
        using (var api = await AdminApiAsync(tenant))
        {
            await api.PostAsync("/api/identity/roles", new { name = roleName });
            await api.PostAsync("/api/identity/users", new
            {
                userName, email = userName + "@example.org", password = HostProcess.DemoPassword, roleNames = new[] { roleName },
            });
        }
        using (var memberApi = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, tenant, userName))
        {
            (await memberApi.GetStatusAsync("/api/identity/roles")).ShouldBe(HttpStatusCode.Forbidden);
        }

        // ABP's permission dialog of the role: the identity group, the roles permission ticked, saved.
        await App.SignInAsync(tenant, "admin");
        await App.OpenListAsync("identity/roles");
        await App.RowActionAsync(App.Row(roleName), "Phân quyền");
        await App.Modal.GetByRole(AriaRole.Tab, new LocatorGetByRoleOptions { Name = "Người dùng và vai trò" }).ClickAsync();
        var roles = App.Modal.Locator("input[type=checkbox][id='AbpIdentity.Roles']");
        await Expect(roles).Not.ToBeCheckedAsync();
        await roles.CheckAsync();
        await App.SaveModalAsync();

        using (var api = await AdminApiAsync(tenant))
        {
            var permissions = await api.GetAsync($"/api/permission-management/permissions?providerName=R&providerKey={roleName}");
            var granted = permissions["groups"]!.AsArray().SelectMany(g => g!["permissions"]!.AsArray())
                .Where(p => p!["isGranted"]!.GetValue<bool>()).Select(p => p!["name"]!.GetValue<string>());
            granted.ShouldBe(["AbpIdentity.Roles"]);
        }

        // The role's user signs in on the server-rendered pages and finds the roles page in the menu.
        await using var member = await Fixture.NewSessionAsync(Output);
        await member.SignInAsync(tenant, userName);
        await member.NavigationLink("Vai trò").ClickAsync();
        await Expect(member.Page.Locator("main h1")).ToHaveTextAsync("Vai trò");
        member.ShouldHaveNoPageProblems();
        Session.ShouldHaveNoPageProblems();
    }

    [Fact]
    public async Task Should_list_the_tenants_to_the_host_admin()
    {
        await App.SignInAsync(null, "admin");
        await App.OpenListAsync("tenant-management/tenants");
        using var host = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, null, "admin");
        var total = (await host.GetAsync("/api/multi-tenancy/tenants?maxResultCount=1"))["totalCount"]!.GetValue<int>();
        await Expect(App.Rows).ToHaveCountAsync(Math.Min(total, 10));

        // ABP's search box asks the server for the ones whose name has the text.
        await App.SearchAsync("bao-loc");
        await Expect(App.Row("bao-loc")).ToHaveCountAsync(1);
        await Session.ScreenshotAsync("angular-admin-tenants");
        Session.ShouldHaveNoPageProblems();
    }

    [Fact]
    public async Task Should_refuse_the_token_of_before_the_sign_out()
    {
        var token = await App.SignInAsync(Tenant, "admin");
        (await GetWithTokenAsync("/api/identity/users", token)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await App.CurrentUser.ClickAsync();
        await Page.Locator("abp-current-user .dropdown-menu").GetByText("Đăng xuất").ClickAsync();
        await Expect(App.CurrentUser).ToHaveCountAsync(0);

        (await GetWithTokenAsync("/api/identity/users", token)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        // The anonymous configuration still answers, to no one in particular.
        using var configuration = await GetWithTokenAsync("/api/abp/application-configuration", token);
        JsonNode.Parse(await configuration.Content.ReadAsStringAsync())!["currentUser"]!["isAuthenticated"]!.GetValue<bool>().ShouldBeFalse();
        Session.ShouldHaveNoPageProblems();
    }
}
