using System.Net;
using System.Text.Json.Nodes;
using MiniExcelLibs;
using Shouldly;

namespace Humanitarian.TestBase;

/// <summary>A tenant a test created for itself; its admin's password.</summary>
public sealed record TestTenant(Guid Id, string Name, string DisplayName)
{
    public const string AdminPassword = "Thu-nghiem@2026";
}

/// <summary>
/// Data each module's test makes for itself through the API: the app is shared by every class of a
/// collection, so each test works in its own new tenant with unique names, or, when it needs no pristine
/// tenant, in the one its class shares (<see cref="TenantAsync"/>); its units, committees and users.
/// </summary>
public static class TenantTestData
{
    public static string UniqueName(string prefix = "t") => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>
    /// A province, or with <paramref name="parentId"/> a district below it (or the <paramref name="level"/>
    /// given); named "Tỉnh thử nghiệm {name}" unless <paramref name="displayName"/> says otherwise.
    /// </summary>
    public static async Task<TestTenant> CreateTenantAsync(
        AppFixture fixture, Guid? parentId = null, string? level = null, string? displayName = null, string? name = null)
    {
        using var host = await fixture.SignInAsync(null, "admin");
        return await CreateTenantAsync(host, parentId, level, displayName, name);
    }

    /// <inheritdoc cref="CreateTenantAsync(AppFixture, Guid?, string?, string?, string?)"/>
    public static async Task<TestTenant> CreateTenantAsync(
        ApiClient host, Guid? parentId = null, string? level = null, string? displayName = null, string? name = null)
    {
        name ??= UniqueName();
        displayName ??= DisplayNameOf(name);
        var body = await host.SendExpectingAsync(HttpMethod.Post, "/api/multi-tenancy/tenants", new
        {
            name,
            displayName,
            level = level ?? (parentId is null ? "Province" : "District"),
            parentId,
            adminEmailAddress = $"admin@{name}.test.local",
            adminPassword = TestTenant.AdminPassword,
        }, HttpStatusCode.OK);
        return new TestTenant(body!["id"]!.GetValue<Guid>(), name, displayName);
    }

    public static string DisplayNameOf(string tenantName) => "Tỉnh thử nghiệm " + tenantName;

    public static Task<ApiClient> SignInAdminAsync(AppFixture fixture, TestTenant tenant) =>
        fixture.SignInAsync(tenant.Name, "admin", TestTenant.AdminPassword);

    /// <summary>The tenant the tests of a class share (made by the first that asks).</summary>
    public static Task<TestTenant> TenantAsync(this ClassShared<TestTenant> shared, AppFixture fixture) =>
        shared.GetAsync(() => CreateTenantAsync(fixture));

    /// <summary>The signed-in admin of the tenant the tests of a class share.</summary>
    public static async Task<ApiClient> SharedTenantAdminAsync(this ClassShared<TestTenant> shared, AppFixture fixture) =>
        await SignInAdminAsync(fixture, await shared.TenantAsync(fixture));

    /// <summary>A new tenant and its signed-in admin.</summary>
    public static async Task<ApiClient> NewTenantAdminAsync(AppFixture fixture) =>
        await SignInAdminAsync(fixture, await CreateTenantAsync(fixture));

    public static async Task<Guid> CreateUnitAsync(
        ApiClient client, string code, string name, string kind = "Department", Guid? parentId = null)
    {
        var body = await client.SendExpectingAsync(HttpMethod.Post, "/api/app/unit", new { code, name, kind, parentId }, HttpStatusCode.OK);
        return body!["id"]!.GetValue<Guid>();
    }

    public static async Task<Guid> CreateAreaAsync(ApiClient admin, string code, string name, string level, Guid? parentId = null) =>
        (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/administrative-area", new { code, name, level, parentId }, HttpStatusCode.OK))!
            ["id"]!.GetValue<Guid>();

    public static async Task<Guid> CreateCommitteeAsync(ApiClient admin, string name, string kind = "FundraisingBoard", Guid? parentId = null) =>
        (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/committee", new { name, kind, parentId }, HttpStatusCode.OK))!
            ["id"]!.GetValue<Guid>();

    public static async Task<Guid> AddMemberAsync(ApiClient admin, Guid committee, object member) =>
        (await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/committee/{committee}/member", member, HttpStatusCode.OK))!
            ["id"]!.GetValue<Guid>();

    public static async Task<Guid> CreateUserAsync(ApiClient admin, string userName, Guid? unitId, params string[] roleNames)
    {
        var body = await admin.SendExpectingAsync(HttpMethod.Post, "/api/identity/users", new
        {
            userName,
            name = "Văn A",
            surname = "Nguyễn",
            email = $"{userName}@example.org",
            password = TestTenant.AdminPassword,
            isActive = true,
            unitId,
            roleNames,
        }, HttpStatusCode.OK);
        return body!["id"]!.GetValue<Guid>();
    }

    public static async Task<JsonObject> GetConfigurationAsync(ApiClient client) =>
        await client.GetJsonAsync<JsonObject>("/api/abp/application-configuration");

    /// <summary>The <c>members</c> of every validation error of an error body.</summary>
    public static List<string> ValidationMembers(JsonNode? body) =>
        body?["error"]?["validationErrors"]?.AsArray()
            .SelectMany(e => e!["members"]!.AsArray().Select(m => m!.GetValue<string>()))
            .ToList() ?? [];

    public static List<string> Strings(JsonNode? array, string property) =>
        array!.AsArray().Select(i => i![property]!.GetValue<string>()).ToList();

    public static List<Guid> Ids(JsonNode? array) =>
        array!.AsArray().Select(i => i!["id"]!.GetValue<Guid>()).ToList();

    /// <summary>An exported sheet's rows, by header: the workbook's first sheet, or the one named <paramref name="sheetName"/>.</summary>
    public static async Task<List<IDictionary<string, object?>>> DownloadAsync(ApiClient client, string url, string? sheetName = null)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return stream.Query(useHeaderRow: true, sheetName: sheetName).Cast<IDictionary<string, object?>>().ToList();
    }
}
