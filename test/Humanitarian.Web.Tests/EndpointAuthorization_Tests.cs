using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Humanitarian.Framework.Authorization;
using Humanitarian.Framework.MultiTenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Web.Tests;

/// <summary>
/// Every API endpoint and every page's POST handler, found in the app's own routing metadata (so a new
/// endpoint or page is covered without touching this file): anonymous callers get 401 (pages: the
/// sign-in page) unless the endpoint is one of the few explicitly anonymous ones, and a signed-in user
/// without the endpoint's permission gets 403 (pages: the access-denied page).
/// </summary>
public abstract class EndpointAuthorization_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    /// <summary>The endpoints that may be called without signing in. A new one must be added here on purpose.</summary>
    private static readonly string[] ExpectedAnonymous =
    [
        // ABP's API description for proxy generators: routes and DTO shapes, no data (issue #13).
        "GET /api/abp/api-definition",
        "GET /api/abp/application-configuration",
        // The texts ABP's clients load before sign-in (no data, only the embedded texts).
        "GET /api/abp/application-localization",
        "GET /api/abp/multi-tenancy/tenants/by-id/{id:guid}",
        "GET /api/abp/multi-tenancy/tenants/by-name/{name}",
        "POST /api/account/login",
        "POST /api/account/logout",
        "POST /api/account/reset-password",
        "POST /api/account/send-password-reset-code",
        "POST /connect/token",
        // Ending the session a token names: the token itself is the credential (RFC 7009).
        "POST /connect/revocat",
        // OpenID Connect discovery and the public key that signs access tokens.
        "GET /.well-known/openid-configuration",
        "GET /.well-known/jwks",
        // The needs catalogue donors read (docs/api.md): no name, ID, phone, address line or health field in it.
        "GET /api/public/needs/{tenantName}",
        "GET /api/public/needs/{tenantName}/{id}",
        // Asking to sponsor a need of the catalogue (rate-limited per client address; nothing but the catalogue's ids).
        "POST /api/public/needs/{tenantName}/{addressId}/sponsor-request",
        // A fund's public statement (docs/api.md) and the same as a workbook: no donor's name without consent, nothing of a person helped
        // but commune and category.
        "GET /api/public/transparency/{tenantName}/funds",
        "GET /api/public/transparency/{tenantName}/funds/{fundId}",
        "GET /api/public/transparency/{tenantName}/funds/{fundId}/export-excel",
    ];

    /// <summary>
    /// The pages anyone may post to: signing in and out, asking for a reset link and setting a password
    /// with one, the page errors are shown on (re-executed POSTs), and asking to sponsor a published need.
    /// </summary>
    private static readonly string[] ExpectedAnonymousPages =
        ["/Account/Login", "/Account/Logout", "/Account/ForgotPassword", "/Account/ResetPassword", "/Error", "/Public/Needs/Sponsor"];

    /// <summary>The pages any signed-in user may post to, whatever the permissions: one's own profile, password and sign-in sessions.</summary>
    private static readonly string[] ExpectedSignedInPages = ["/Account/Sessions", "/Account/Manage/Index", "/Account/Manage/ChangePassword"];

    /// <summary>
    /// A page's POST handler (<c>OnPostDeleteAsync</c> → <c>?handler=Delete</c>): its route, and the
    /// metadata of the compiled page (its model's attributes).
    /// </summary>
    private sealed record PageHandler(string Page, RouteEndpoint Endpoint, EndpointMetadataCollection Metadata, string? Handler)
    {
        public bool IsAnonymous => Metadata.GetMetadata<IAllowAnonymous>() is not null;

        public IReadOnlyList<string> Policies =>
            Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Distinct().ToList();

        public string Url => new ApiEndpoint("POST", Endpoint).Url.TrimEnd('/') is var path && Handler is not null
            ? $"{(path.Length == 0 ? "/" : path)}?handler={Handler}"
            : path.Length == 0 ? "/" : path;

        public override string ToString() => $"POST {Page}{(Handler is null ? "" : "?handler=" + Handler)}";
    }

    /// <summary>
    /// Every page's POST handlers, read from the compiled pages (the routing table holds pages before
    /// their model, and so its attributes, is loaded).
    /// </summary>
    private async Task<List<PageHandler>> PageHandlersAsync()
    {
        var loader = fixture.Factory.Services.GetRequiredService<PageLoader>();
        var handlers = new List<PageHandler>();
        var pages = fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Page: e.Metadata.GetMetadata<PageActionDescriptor>()))
            .Where(p => p.Page is not null)
            // "/Index" answers at "" and at "Index": the shorter route is the page's address.
            .GroupBy(p => p.Page!.ViewEnginePath)
            .Select(g => g.OrderBy(p => p.Endpoint.RoutePattern.RawText?.Length ?? 0).First());
        foreach (var (endpoint, page) in pages)
        {
            var compiled = await loader.LoadAsync(page!, endpoint.Metadata);
            var metadata = new EndpointMetadataCollection(compiled.EndpointMetadata);
            handlers.AddRange(compiled.HandlerMethods
                .Where(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase))
                .Select(h => new PageHandler(page!.ViewEnginePath, endpoint, metadata, h.Name)));
        }
        handlers = handlers.OrderBy(h => h.ToString(), StringComparer.Ordinal).ToList();
        // As for the API: the enumeration must see the pages, or the checks below would pass vacuously.
        handlers.Select(h => h.ToString()).ShouldContain("POST /Identity/Users/Index?handler=Delete");
        handlers.Select(h => h.ToString()).ShouldContain("POST /Organization/Units/Details?handler=AddContact");
        handlers.Select(h => h.ToString()).ShouldContain("POST /SettingManagement/SendTestEmail");
        handlers.Select(h => h.ToString()).ShouldContain("POST /Emailing/Details?handler=Resend");
        return handlers;
    }

    private sealed record ApiEndpoint(string Method, RouteEndpoint Endpoint)
    {
        public string Template => "/" + Endpoint.RoutePattern.RawText!.TrimStart('/');

        public bool IsAnonymous => Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;

        public IReadOnlyList<string> Policies =>
            Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Distinct().ToList();

        /// <summary>A concrete URL: ids become new GUIDs (no such record), other parameters "x".</summary>
        public string Url => "/" + string.Join('/', Endpoint.RoutePattern.PathSegments.Select(segment =>
            string.Concat(segment.Parts.Select(part => part switch
            {
                RoutePatternLiteralPart literal => literal.Content,
                RoutePatternSeparatorPart separator => separator.Content,
                RoutePatternParameterPart parameter => ValueFor(parameter),
                _ => "",
            }))));

        private static string ValueFor(RoutePatternParameterPart parameter)
        {
            var constraints = parameter.ParameterPolicies.Select(p => p.Content ?? "").ToList();
            if (constraints.Contains("guid") || parameter.Name.EndsWith("id", StringComparison.OrdinalIgnoreCase))
            {
                return Guid.NewGuid().ToString();
            }
            return constraints.Any(c => c is "int" or "long") ? "1" : "x";
        }

        public HttpRequestMessage CreateRequest()
        {
            var request = new HttpRequestMessage(new HttpMethod(Method), Url);
            if (Method is "POST" or "PUT" or "PATCH")
            {
                request.Content = JsonContent.Create(new { });
            }
            return request;
        }

        public override string ToString() => $"{Method} {Template}";
    }

    private List<ApiEndpoint> ApiEndpoints()
    {
        var dataSource = fixture.Factory.Services.GetRequiredService<EndpointDataSource>();
        var endpoints = dataSource.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw
                        && (raw.TrimStart('/').StartsWith("api/", StringComparison.OrdinalIgnoreCase)
                            || raw.TrimStart('/').StartsWith("connect/", StringComparison.OrdinalIgnoreCase)
                            || raw.TrimStart('/').StartsWith(".well-known/", StringComparison.OrdinalIgnoreCase)))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])
                .Select(method => new ApiEndpoint(method, e)))
            .OrderBy(e => e.Template, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal)
            .ToList();
        // The enumeration itself must see the API, or every assertion below would pass vacuously.
        endpoints.Select(e => e.ToString()).ShouldContain("GET /api/identity/users");
        endpoints.Select(e => e.ToString()).ShouldContain("GET /api/multi-tenancy/tenants");
        endpoints.Select(e => e.ToString()).ShouldContain("POST /connect/token");
        return endpoints;
    }

    [Fact]
    public void Should_allow_anonymous_callers_only_on_the_expected_endpoints()
    {
        var anonymous = ApiEndpoints().Where(e => e.IsAnonymous).Select(e => e.ToString()).ToList();

        anonymous.ShouldBeUnique();
        anonymous.Where(e => !ExpectedAnonymous.Contains(e))
            .ShouldBeEmpty("endpoints open to anonymous callers that are not on the expected list");
        ExpectedAnonymous.Except(anonymous).ShouldBeEmpty("expected anonymous endpoints that are missing or not anonymous");
    }

    [Fact]
    public async Task Should_answer_401_to_anonymous_callers_of_every_other_endpoint()
    {
        using var anonymous = fixture.Anonymous();
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var endpoint in ApiEndpoints().Where(e => !e.IsAnonymous))
        {
            checkedCount++;
            var response = await anonymous.Http.SendAsync(endpoint.CreateRequest());
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.Unauthorized || !HasErrorBody(text))
            {
                failures.Add($"{endpoint} ({endpoint.Url}) answered {(int)response.StatusCode}: {Shorten(text)}");
            }
        }
        checkedCount.ShouldBeGreaterThan(10);
        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_answer_403_to_a_signed_in_user_without_the_endpoints_permission()
    {
        var tenant = await TenantTestData.CreateTenantAsync(fixture);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);
        var role = "noperm-" + Guid.NewGuid().ToString("N")[..8];
        await TestData.CreateRoleAsync(admin, role);
        var userName = TenantTestData.UniqueName("noperm");
        await TestData.CreateUserAsync(admin, userName, role);
        using var noPermission = await fixture.SignInAsync(tenant.Name, userName, TestTenant.AdminPassword);
        // The user really holds nothing, so each 403 below is about the endpoint's own permission.
        (await TenantTestData.GetConfigurationAsync(noPermission))["auth"]!["grantedPolicies"]!.AsObject().ShouldBeEmpty();

        var definitions = fixture.Factory.Services.GetRequiredService<PermissionDefinitionManager>();
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var endpoint in ApiEndpoints().Where(e => !e.IsAnonymous && e.Policies.Count > 0))
        {
            checkedCount++;
            await ExpectForbiddenAsync(noPermission, endpoint, "a user without permissions", failures);
            // A host-only endpoint refuses even a tenant's admin, who holds every permission of its side.
            if (endpoint.Policies.All(p => definitions.GetOrNull(p)?.MultiTenancySide == MultiTenancySides.Host))
            {
                await ExpectForbiddenAsync(admin, endpoint, "a tenant's admin", failures);
            }
        }
        checkedCount.ShouldBeGreaterThan(10);
        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_answer_401_with_the_error_body_to_an_invalid_bearer_token_on_every_endpoint()
    {
        using var client = fixture.Anonymous();
        client.UseBearer("not-a-token");
        var failures = new List<string>();
        foreach (var endpoint in ApiEndpoints().Where(e => !e.IsAnonymous))
        {
            await ExpectErrorAsync(client, endpoint.CreateRequest(), HttpStatusCode.Unauthorized, endpoint.ToString(), failures);
        }
        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_answer_403_with_the_error_body_to_a_bearer_token_without_the_permission()
    {
        var tenant = await TenantTestData.CreateTenantAsync(fixture);
        using var viewer = await TestData.SignInWithTokenAsync(fixture, tenant.Name, "admin", TestTenant.AdminPassword);
        var failures = new List<string>();
        var definitions = fixture.Factory.Services.GetRequiredService<PermissionDefinitionManager>();
        // A tenant's admin holds every permission of its side: host-only endpoints refuse it.
        foreach (var endpoint in ApiEndpoints().Where(e => !e.IsAnonymous && e.Policies.Count > 0
                     && e.Policies.All(p => definitions.GetOrNull(p)?.MultiTenancySide == MultiTenancySides.Host)))
        {
            await ExpectErrorAsync(viewer, endpoint.CreateRequest(), HttpStatusCode.Forbidden, endpoint.ToString(), failures);
        }
        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_answer_404_405_and_415_under_api_with_the_error_body()
    {
        using var admin = await TestData.SignInWithTokenAsync(fixture, null, "admin", HumanitarianWebFactory.DemoPassword);
        var failures = new List<string>();
        await ExpectErrorAsync(admin, new HttpRequestMessage(HttpMethod.Get, "/api/no-such-resource"), HttpStatusCode.NotFound, "unknown", failures);
        await ExpectErrorAsync(admin, new HttpRequestMessage(HttpMethod.Get, "/api/app/unit/x/y/z"), HttpStatusCode.NotFound, "unknown", failures);
        // A verb no endpoint takes, on every endpoint's address.
        foreach (var endpoint in ApiEndpoints().DistinctBy(e => e.Template))
        {
            await ExpectErrorAsync(admin, new HttpRequestMessage(HttpMethod.Patch, endpoint.Url), HttpStatusCode.MethodNotAllowed,
                "PATCH " + endpoint.Template, failures);
        }
        var plainText = new HttpRequestMessage(HttpMethod.Post, "/api/multi-tenancy/tenants") { Content = new StringContent("x") };
        await ExpectErrorAsync(admin, plainText, HttpStatusCode.UnsupportedMediaType, "text/plain body", failures);
        var jsonToken = new HttpRequestMessage(HttpMethod.Post, "/connect/token") { Content = JsonContent.Create(new { grant_type = "password" }) };
        await ExpectErrorAsync(admin, jsonToken, HttpStatusCode.UnsupportedMediaType, "JSON to the token endpoint", failures);
        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_allow_anonymous_and_permissionless_posts_only_on_the_expected_pages()
    {
        var handlers = await PageHandlersAsync();

        handlers.Where(h => h.IsAnonymous).Select(h => h.Page).Distinct()
            .ShouldBe(ExpectedAnonymousPages, ignoreOrder: true, customMessage: "pages open to anonymous posts");
        handlers.Where(h => !h.IsAnonymous && h.Policies.Count == 0).Select(h => h.Page).Distinct()
            .ShouldBe(ExpectedSignedInPages, ignoreOrder: true, customMessage: "pages open to every signed-in user's posts");
    }

    [Fact]
    public async Task Should_send_anonymous_posts_of_every_other_page_to_the_sign_in_page()
    {
        using var anonymous = fixture.Anonymous();
        await anonymous.RefreshAntiforgeryTokenAsync();
        await ExpectRedirectsAsync(anonymous, (await PageHandlersAsync()).Where(h => !h.IsAnonymous), "/Account/Login");
    }

    [Fact]
    public async Task Should_send_posts_of_a_user_without_the_pages_permission_to_the_access_denied_page()
    {
        var tenant = await TenantTestData.CreateTenantAsync(fixture);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);
        using var noPermission = await SignInWithRolesAsync(tenant, admin);
        await ExpectRedirectsAsync(noPermission, (await PageHandlersAsync()).Where(h => !h.IsAnonymous && h.Policies.Count > 0),
            "/Account/AccessDenied");
    }

    [Fact]
    public async Task Should_refuse_a_page_post_through_the_service_when_only_the_page_is_permitted()
    {
        // The unit list is open to committee members; deleting from it is refused by the unit service itself,
        // since the page no longer checks the delete permission before calling it.
        var tenant = await TenantTestData.CreateTenantAsync(fixture);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);
        var unit = (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/unit",
            new { code = TenantTestData.UniqueName("U"), name = "Unit", kind = "RedCrossChapter" }, HttpStatusCode.OK))!;
        using var member = await SignInWithRolesAsync(tenant, admin, DefaultRoleNames.CommitteeMember);

        var response = await member.SendAsync(HttpMethod.Post, $"/Organization/Units/Index?handler=Delete&id={unit["id"]}", null,
            r => r.Content = new FormUrlEncodedContent(new Dictionary<string, string>()));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        PathOf(response.Headers.Location!).ShouldBe("/Account/AccessDenied");
        await admin.SendExpectingAsync(HttpMethod.Get, $"/api/app/unit/{unit["id"]}", null, HttpStatusCode.OK);
    }

    /// <summary>A new user of <paramref name="tenant"/> holding <paramref name="roleNames"/> or, without any, a role with no permission.</summary>
    private async Task<ApiClient> SignInWithRolesAsync(TestTenant tenant, ApiClient admin, params string[] roleNames)
    {
        if (roleNames.Length == 0)
        {
            var role = "noperm-" + Guid.NewGuid().ToString("N")[..8];
            await TestData.CreateRoleAsync(admin, role);
            roleNames = [role];
        }
        var userName = TenantTestData.UniqueName("user");
        await TestData.CreateUserAsync(admin, userName, roleNames);
        return await fixture.SignInAsync(tenant.Name, userName, TestTenant.AdminPassword);
    }

    /// <summary>Posts an empty form to each handler and expects a redirect to <paramref name="expectedPath"/>.</summary>
    private static async Task ExpectRedirectsAsync(ApiClient client, IEnumerable<PageHandler> handlers, string expectedPath)
    {
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var handler in handlers)
        {
            checkedCount++;
            var response = await client.SendAsync(HttpMethod.Post, handler.Url, null,
                r => r.Content = new FormUrlEncodedContent(new Dictionary<string, string>()));
            var location = response.Headers.Location;
            if (response.StatusCode != HttpStatusCode.Redirect || location is null || PathOf(location) != expectedPath)
            {
                failures.Add($"{handler} ({handler.Url}) answered {(int)response.StatusCode} {location}");
            }
        }
        checkedCount.ShouldBeGreaterThan(10);
        failures.ShouldBeEmpty();
    }

    private static string PathOf(Uri location) =>
        location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0];

    private static async Task ExpectErrorAsync(
        ApiClient client, HttpRequestMessage request, HttpStatusCode expected, string what, List<string> failures)
    {
        if (client.TenantName is not null)
        {
            request.Headers.Add("__tenant", client.TenantName);
        }
        var response = await client.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected || !HasErrorBody(text) || response.Content.Headers.ContentType?.MediaType != "application/json")
        {
            failures.Add($"{what} ({request.RequestUri}) answered {(int)response.StatusCode} {response.Content.Headers.ContentType}: {Shorten(text)}");
        }
    }

    private static async Task ExpectForbiddenAsync(ApiClient client, ApiEndpoint endpoint, string who, List<string> failures)
    {
        var request = endpoint.CreateRequest();
        request.Headers.Add("__tenant", client.TenantName);
        var response = await client.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Forbidden || !HasErrorBody(text))
        {
            failures.Add($"{endpoint} ({endpoint.Url}) as {who} answered {(int)response.StatusCode}: {Shorten(text)}");
        }
    }

    private static bool HasErrorBody(string text)
    {
        try
        {
            return JsonNode.Parse(text)?["error"]?["message"]?.GetValue<string>() is { Length: > 0 };
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}

[Collection(Collections.Sqlite)]
public sealed class EndpointAuthorization_Sqlite_Tests(SqliteAppFixture fixture) : EndpointAuthorization_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class EndpointAuthorization_MySql_Tests(MySqlAppFixture fixture) : EndpointAuthorization_Tests<MySqlAppFixture>(fixture);
