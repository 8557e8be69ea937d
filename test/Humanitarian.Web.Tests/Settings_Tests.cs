using System.Net;
using System.Text.Json.Nodes;

namespace Humanitarian.Web.Tests;

/// <summary>Per-tenant settings over host defaults, through ABP's e-mail settings API.</summary>
public abstract class Settings_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private static object Settings(int port, string? password = null) => new
    {
        smtpHost = "127.0.0.1", smtpPort = port, smtpUserName = "hoi-ctd", smtpPassword = password,
        smtpEnableSsl = false, defaultFromAddress = "nhacviec@example.org", defaultFromDisplayName = "Hội Chữ thập đỏ",
    };

    [Fact]
    public async Task Should_let_a_tenant_override_the_host_default_without_touching_other_tenants()
    {
        using var host = await fixture.SignInAsync(null, "admin");
        var suffix = Guid.NewGuid().ToString("N")[..8];
        foreach (var name in new[] { $"sa-{suffix}", $"sb-{suffix}" })
        {
            await host.SendExpectingAsync(HttpMethod.Post, "/api/multi-tenancy/tenants", new
            {
                name, displayName = name, level = "Province", adminEmailAddress = $"admin@{name}.test",
                adminPassword = HumanitarianWebFactory.DemoPassword,
            }, HttpStatusCode.OK);
        }
        using var a = await fixture.SignInAsync($"sa-{suffix}", "admin");
        using var b = await fixture.SignInAsync($"sb-{suffix}", "admin");
        var hostDefault = await b.GetJsonAsync<JsonObject>("/api/setting-management/emailing");

        await a.SendExpectingAsync(HttpMethod.Post, "/api/setting-management/emailing", Settings(2600, "bí-mật"), HttpStatusCode.OK);

        var ofA = await a.GetJsonAsync<JsonObject>("/api/setting-management/emailing");
        ofA["smtpPort"]!.GetValue<int>().ShouldBe(2600);
        ofA["defaultFromDisplayName"]!.GetValue<string>().ShouldBe("Hội Chữ thập đỏ");
        ofA["hasSmtpPassword"]!.GetValue<bool>().ShouldBeTrue();
        ofA.ToJsonString().ShouldNotContain("bí-mật");
        var ofB = await b.GetJsonAsync<JsonObject>("/api/setting-management/emailing");
        ofB["smtpPort"]!.GetValue<int>().ShouldBe(hostDefault["smtpPort"]!.GetValue<int>());
        ofB["hasSmtpPassword"]!.GetValue<bool>().ShouldBeFalse();
    }

    [Fact]
    public async Task Should_refuse_a_port_out_of_range_naming_the_field()
    {
        using var admin = await fixture.SignInAsync("ninh-thuan", "admin");
        var body = await admin.SendExpectingAsync(HttpMethod.Post, "/api/setting-management/emailing", Settings(70000), HttpStatusCode.BadRequest);
        body!["error"]!["validationErrors"]!.AsArray()
            .SelectMany(e => e!["members"]!.AsArray().Select(m => m!.GetValue<string>()))
            .ShouldContain("smtpPort");
    }
}

[Collection(Collections.Sqlite)]
public sealed class Settings_Sqlite_Tests(SqliteAppFixture fixture) : Settings_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class Settings_MySql_Tests(MySqlAppFixture fixture) : Settings_Tests<MySqlAppFixture>(fixture);
