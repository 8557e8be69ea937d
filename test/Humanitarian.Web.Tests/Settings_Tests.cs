using System.Net;
using System.Text.Json.Nodes;
using Humanitarian.Framework.Emailing;
using Humanitarian.Framework.MultiTenancy;
using Microsoft.Extensions.DependencyInjection;
using static Humanitarian.Web.Tests.EmailSettingsApi;

namespace Humanitarian.Web.Tests;

/// <summary>
/// Per-tenant settings over host defaults, through ABP's e-mail settings API; the host's SMTP server and
/// its credentials stay the host's.
/// </summary>
public abstract class Settings_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private const string HostUserName = "tai-khoan-quoc-gia";
    private const string HostPassword = "mat-khau-quoc-gia";

    [Fact]
    public async Task Should_never_give_the_hosts_credentials_to_a_server_a_tenant_names()
    {
        await SmtpSink.SetHostServerAsync(fixture, allowTenantServers: true, HostUserName, HostPassword);
        try
        {
            var tenant = await TenantTestData.CreateTenantAsync(fixture);
            using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);
            // The reported attack: only a host and port of its own, hoping to inherit the rest.
            await admin.SendExpectingAsync(HttpMethod.Post, "/api/setting-management/emailing",
                Settings(2626, host: "may-chu-cua-ke-tan-cong.example", userName: null), HttpStatusCode.OK);

            var server = await ResolveSmtpServerAsync(tenant.Id);
            server.Host.ShouldBe("may-chu-cua-ke-tan-cong.example");
            server.IsTenantsOwn.ShouldBeTrue();
            server.UserName.ShouldBeNull();
            server.Password.ShouldBeNull();

            var read = (await admin.GetJsonAsync<JsonObject>("/api/setting-management/emailing")).ToJsonString();
            read.ShouldNotContain(HostUserName);
            read.ShouldNotContain(HostPassword);
        }
        finally
        {
            await SmtpSink.SetHostServerAsync(fixture, allowTenantServers: false);
        }
    }

    [Fact]
    public async Task Should_show_a_tenant_nothing_of_the_national_server_it_inherits()
    {
        await SmtpSink.SetHostServerAsync(fixture, allowTenantServers: false, HostUserName, HostPassword);
        try
        {
            using var host = await TestData.SignInHostAdminAsync(fixture);
            var ofHost = await host.GetJsonAsync<JsonObject>("/api/setting-management/emailing");
            ofHost["smtpUserName"]!.GetValue<string>().ShouldBe(HostUserName);
            ofHost["hasSmtpPassword"]!.GetValue<bool>().ShouldBeTrue();
            ofHost.ToJsonString().ShouldNotContain(HostPassword);

            var tenant = await TenantTestData.CreateTenantAsync(fixture);
            using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);
            var ofTenant = await admin.GetJsonAsync<JsonObject>("/api/setting-management/emailing");
            ofTenant["isSmtpServerInherited"]!.GetValue<bool>().ShouldBeTrue();
            ofTenant["allowTenantSmtpServer"]!.GetValue<bool>().ShouldBeFalse();
            ofTenant["smtpHost"].ShouldBeNull();
            ofTenant["smtpUserName"].ShouldBeNull();
            ofTenant["hasSmtpPassword"]!.GetValue<bool>().ShouldBeFalse();
            ofTenant.ToJsonString().ShouldNotContain(HostUserName);

            // Its mail goes through the national server, credentials and all, as the host set them.
            var server = await ResolveSmtpServerAsync(tenant.Id);
            (server.IsTenantsOwn, server.UserName, server.Password).ShouldBe((false, HostUserName, HostPassword));
        }
        finally
        {
            await SmtpSink.SetHostServerAsync(fixture, allowTenantServers: false);
        }
    }

    [Fact]
    public async Task Should_refuse_a_tenants_own_server_unless_the_host_allows_it_and_let_only_the_host_decide()
    {
        await SmtpSink.SetHostServerAsync(fixture, allowTenantServers: true);
        var tenant = await TenantTestData.CreateTenantAsync(fixture);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);
        await admin.SendExpectingAsync(HttpMethod.Post, "/api/setting-management/emailing", Settings(2600, "cu"), HttpStatusCode.OK);

        await SmtpSink.SetHostServerAsync(fixture, allowTenantServers: false);

        // The server it set before is no longer used, nor shown.
        (await ResolveSmtpServerAsync(tenant.Id)).IsTenantsOwn.ShouldBeFalse();
        (await admin.GetJsonAsync<JsonObject>("/api/setting-management/emailing"))["isSmtpServerInherited"]!.GetValue<bool>().ShouldBeTrue();
        var refused = await admin.SendExpectingAsync(HttpMethod.Post, "/api/setting-management/emailing", Settings(2600), HttpStatusCode.BadRequest);
        TenantTestData.ValidationMembers(refused).ShouldContain("smtpHost");

        // A tenant cannot lift the host's decision for itself.
        await admin.SendExpectingAsync(HttpMethod.Post, "/api/setting-management/emailing", new
        {
            smtpHost = (string?)null, defaultFromAddress = "nhacviec@example.org", defaultFromDisplayName = "Hội",
            allowTenantSmtpServer = true,
        }, HttpStatusCode.OK);
        using var host = await TestData.SignInHostAdminAsync(fixture);
        (await host.GetJsonAsync<JsonObject>("/api/setting-management/emailing"))["allowTenantSmtpServer"]!.GetValue<bool>().ShouldBeFalse();
        (await ResolveSmtpServerAsync(tenant.Id)).IsTenantsOwn.ShouldBeFalse();
    }

    [Fact]
    public async Task Should_refuse_a_port_out_of_range_naming_the_field()
    {
        using var admin = await fixture.SignInAsync("ninh-thuan", "admin");
        var body = await admin.SendExpectingAsync(HttpMethod.Post, "/api/setting-management/emailing", Settings(70000), HttpStatusCode.BadRequest);
        TenantTestData.ValidationMembers(body).ShouldContain("smtpPort");
    }

    [Fact]
    public async Task Should_require_the_hosts_own_server()
    {
        using var host = await TestData.SignInHostAdminAsync(fixture);
        var body = await host.SendExpectingAsync(HttpMethod.Post, "/api/setting-management/emailing", Settings(25, host: " "), HttpStatusCode.BadRequest);
        TenantTestData.ValidationMembers(body).ShouldContain("smtpHost");
    }

    /// <summary>The server the outbox would send the tenant's mail through.</summary>
    private async Task<SmtpServer> ResolveSmtpServerAsync(Guid tenantId)
    {
        using var scope = fixture.Factory.Services.CreateScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId))
        {
            return await scope.ServiceProvider.GetRequiredService<SmtpServerSettings>().GetAsync();
        }
    }
}

[Collection(Collections.Sqlite)]
public sealed class Settings_Sqlite_Tests(SqliteAppFixture fixture) : Settings_Tests<SqliteAppFixture>(fixture);

/// <summary>A body for the e-mail settings API.</summary>
public static class EmailSettingsApi
{
    public static object Settings(int port, string? password = null, string? host = "127.0.0.1", string? userName = "hoi-ctd") => new
    {
        smtpHost = host, smtpPort = port, smtpUserName = userName, smtpPassword = password,
        smtpEnableSsl = false, defaultFromAddress = "nhacviec@example.org", defaultFromDisplayName = "Hội Chữ thập đỏ",
    };
}

/// <summary>A tenant's own settings override the host's defaults for that tenant only.</summary>
public abstract class TenantSettings_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_let_a_tenant_override_the_host_default_without_touching_other_tenants()
    {
        await SmtpSink.SetHostServerAsync(fixture, allowTenantServers: true);
        using var a = await TenantTestData.SignInAdminAsync(fixture, await TenantTestData.CreateTenantAsync(fixture));
        using var b = await TenantTestData.SignInAdminAsync(fixture, await TenantTestData.CreateTenantAsync(fixture));

        await a.SendExpectingAsync(HttpMethod.Post, "/api/setting-management/emailing", Settings(2600, "bí-mật"), HttpStatusCode.OK);

        var ofA = await a.GetJsonAsync<JsonObject>("/api/setting-management/emailing");
        ofA["smtpPort"]!.GetValue<int>().ShouldBe(2600);
        ofA["smtpUserName"]!.GetValue<string>().ShouldBe("hoi-ctd");
        ofA["defaultFromDisplayName"]!.GetValue<string>().ShouldBe("Hội Chữ thập đỏ");
        ofA["hasSmtpPassword"]!.GetValue<bool>().ShouldBeTrue();
        ofA["isSmtpServerInherited"]!.GetValue<bool>().ShouldBeFalse();
        ofA.ToJsonString().ShouldNotContain("bí-mật");
        var ofB = await b.GetJsonAsync<JsonObject>("/api/setting-management/emailing");
        ofB["isSmtpServerInherited"]!.GetValue<bool>().ShouldBeTrue();
        ofB["smtpPort"].ShouldBeNull();
        ofB["hasSmtpPassword"]!.GetValue<bool>().ShouldBeFalse();
    }
}

[Collection(Collections.Sqlite)]
public sealed class TenantSettings_Sqlite_Tests(SqliteAppFixture fixture) : TenantSettings_Tests<SqliteAppFixture>(fixture);

// On both databases: a tenant's values are rows beside the host's (tenant id null) and must not leak to other tenants.
[Collection(Collections.MySql)]
public sealed class TenantSettings_MySql_Tests(MySqlAppFixture fixture) : TenantSettings_Tests<MySqlAppFixture>(fixture);
