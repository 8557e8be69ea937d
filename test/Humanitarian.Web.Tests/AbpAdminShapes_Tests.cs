using System.Net;
using System.Text.Json.Nodes;

namespace Humanitarian.Web.Tests;

/// <summary>
/// What ABP's own admin modules (@abp/ng.tenant-management, identity, setting-management) send and read
/// on their main screens, beyond users and permissions: tenant and role dialogs, the e-mail settings form,
/// and the feature actions, which stay hidden because Humanitarian has no per-tenant features.
/// </summary>
public abstract class AbpAdminShapes_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private const string EmailingUrl = "/api/setting-management/emailing";

    [Fact]
    public async Task Should_grant_no_feature_management_and_answer_its_calls_with_the_error_body()
    {
        using var host = await TestData.SignInHostAdminAsync(fixture);
        using var tenantAdmin = await TenantTestData.NewTenantAdminAsync(fixture);

        foreach (var admin in new[] { host, tenantAdmin })
        {
            // ABP's tenant "Features" action and the settings page's feature tab show only with these.
            var granted = (await TenantTestData.GetConfigurationAsync(admin))["auth"]!["grantedPolicies"]!.AsObject().Select(p => p.Key).ToList();
            granted.ShouldNotContain("AbpTenantManagement.Tenants.ManageFeatures");
            granted.Where(p => p.StartsWith("FeatureManagement", StringComparison.Ordinal)).ShouldBeEmpty();
            granted.ShouldContain("AbpIdentity.Users");
        }
        var tenants = await host.GetJsonAsync<JsonObject>("/api/multi-tenancy/tenants?maxResultCount=1");
        var tenantId = tenants["items"]!.AsArray()[0]!["id"]!.GetValue<Guid>();

        var response = await host.GetAsync($"/api/feature-management/features?providerName=T&providerKey={tenantId}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        (await ApiClient.ReadErrorAsync(response))["message"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Should_read_and_save_the_email_settings_as_abps_form_does_with_a_write_only_password()
    {
        using var admin = await SmtpSink.NewTenantAdminWithOwnServerAsync(fixture, SmtpSink.Port);
        const string secret = "Mat-khau-SMTP@2026";

        // ABP's form posts all nine of its fields.
        await admin.SendExpectingAsync(HttpMethod.Post, EmailingUrl, AbpForm(await ReadAsync(admin), "mailer", secret), HttpStatusCode.OK);

        var text = await (await admin.GetAsync(EmailingUrl)).Content.ReadAsStringAsync();
        text.ShouldNotContain(secret);
        var read = JsonNode.Parse(text)!.AsObject();
        read.ContainsKey("smtpPassword").ShouldBeFalse();
        read["hasSmtpPassword"]!.GetValue<bool>().ShouldBeTrue();
        read["smtpUserName"]!.GetValue<string>().ShouldBe("mailer");
        read["smtpDomain"].ShouldBeNull();
        read["smtpUseDefaultCredentials"]!.GetValue<bool>().ShouldBeFalse();

        // Saved again as read (no password in the form): the stored password stays.
        await admin.SendExpectingAsync(HttpMethod.Post, EmailingUrl, AbpForm(read, "mailer", null), HttpStatusCode.OK);
        (await ReadAsync(admin))["hasSmtpPassword"]!.GetValue<bool>().ShouldBeTrue();

        // Windows credentials and an NTLM domain are not something this server can honour: said, not ignored.
        var windows = AbpForm(read, "mailer", null);
        windows["smtpUseDefaultCredentials"] = true;
        TenantTestData.ValidationMembers(await admin.SendExpectingAsync(HttpMethod.Post, EmailingUrl, windows, HttpStatusCode.BadRequest))
            .ShouldBe(["smtpUseDefaultCredentials"]);
        var domain = AbpForm(read, "mailer", null);
        domain["smtpDomain"] = "CORP";
        TenantTestData.ValidationMembers(await admin.SendExpectingAsync(HttpMethod.Post, EmailingUrl, domain, HttpStatusCode.BadRequest))
            .ShouldBe(["smtpDomain"]);
    }

    [Fact]
    public async Task Should_save_a_tenant_and_a_role_as_abps_dialogs_send_them()
    {
        using var host = await TestData.SignInHostAdminAsync(fixture);
        var tenant = await TenantTestData.CreateTenantAsync(host);

        // The tenants table pages and sorts by name; the edit dialog PUTs the tenant as read with the new name.
        var page = await host.GetJsonAsync<JsonObject>($"/api/multi-tenancy/tenants?filter={tenant.Name}&sorting=name%20asc&skipCount=0&maxResultCount=10");
        page["totalCount"]!.GetValue<long>().ShouldBe(1);
        var read = await host.GetJsonAsync<JsonObject>($"/api/multi-tenancy/tenants/{tenant.Id}");
        var renamed = TenantTestData.UniqueName();
        var edit = read.DeepClone().AsObject();
        edit["name"] = renamed;
        var saved = await host.SendExpectingAsync(HttpMethod.Put, $"/api/multi-tenancy/tenants/{tenant.Id}", edit, HttpStatusCode.OK);
        saved!["name"]!.GetValue<string>().ShouldBe(renamed);
        saved["displayName"]!.GetValue<string>().ShouldBe(tenant.DisplayName);

        // The roles dialog likewise.
        using var admin = await fixture.SignInAsync(renamed, "admin", TestTenant.AdminPassword);
        var role = await TestData.CreateRoleAsync(admin, TenantTestData.UniqueName("role"));
        var roleEdit = (await admin.GetJsonAsync<JsonObject>($"/api/identity/roles/{role["id"]}")).DeepClone().AsObject();
        var newName = TenantTestData.UniqueName("role");
        roleEdit["name"] = newName;
        roleEdit["isDefault"] = true;
        await admin.SendExpectingAsync(HttpMethod.Put, $"/api/identity/roles/{role["id"]}", roleEdit, HttpStatusCode.OK);
        var all = await admin.GetJsonAsync<JsonObject>("/api/identity/roles/all");
        all["items"]!.AsArray().Single(r => r!["name"]!.GetValue<string>() == newName)!["isDefault"]!.GetValue<bool>().ShouldBeTrue();
    }

    private static async Task<JsonObject> ReadAsync(ApiClient admin) => await admin.GetJsonAsync<JsonObject>(EmailingUrl);

    /// <summary>The body of ABP's e-mail settings form, built from what it read.</summary>
    private static JsonObject AbpForm(JsonObject read, string userName, string? password) => new()
    {
        ["defaultFromDisplayName"] = read["defaultFromDisplayName"]?.DeepClone(),
        ["defaultFromAddress"] = read["defaultFromAddress"]?.DeepClone(),
        ["smtpHost"] = read["smtpHost"]?.DeepClone(),
        ["smtpPort"] = read["smtpPort"]?.DeepClone(),
        ["smtpEnableSsl"] = read["smtpEnableSsl"]?.DeepClone(),
        ["smtpUseDefaultCredentials"] = read["smtpUseDefaultCredentials"]?.DeepClone(),
        ["smtpDomain"] = read["smtpDomain"]?.DeepClone(),
        ["smtpUserName"] = userName,
        ["smtpPassword"] = password,
    };
}

[Collection(Collections.Sqlite)]
public sealed class AbpAdminShapes_Sqlite_Tests(SqliteAppFixture fixture) : AbpAdminShapes_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class AbpAdminShapes_MySql_Tests(MySqlAppFixture fixture) : AbpAdminShapes_Tests<MySqlAppFixture>(fixture);
