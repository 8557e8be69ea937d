using System.Net;
using System.Text.Json.Nodes;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Web.Tests;

/// <summary>A parent tenant aggregates over its descendants (any depth) and nothing else.</summary>
public abstract class TenantRollup_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private async Task<Guid> CreateTenantAsync(ApiClient host, string name, Guid? parentId, string level)
    {
        var body = await host.SendExpectingAsync(HttpMethod.Post, "/api/multi-tenancy/tenants", new
        {
            name, displayName = "Thử nghiệm " + name, parentId, level,
            adminEmailAddress = $"admin@{name}.test", adminPassword = HumanitarianWebFactory.DemoPassword,
        }, HttpStatusCode.OK);
        return body!["id"]!.GetValue<Guid>();
    }

    [Fact]
    public async Task Should_count_rows_of_every_descendant_but_not_of_the_parent_or_other_tenants()
    {
        using var host = await fixture.SignInAsync(null, "admin");
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var province = await CreateTenantAsync(host, $"p-{suffix}", null, "Province");
        var district1 = await CreateTenantAsync(host, $"d1-{suffix}", province, "District");
        await CreateTenantAsync(host, $"d2-{suffix}", province, "District");
        await CreateTenantAsync(host, $"c-{suffix}", district1, "Commune");

        using var scope = fixture.Factory.Services.CreateScope();
        var rollup = scope.ServiceProvider.GetRequiredService<TenantRollup>();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(province))
        {
            var (users, tenants) = await rollup.AggregateAsync<AppUser, (int, int)>(province, async (rows, ids) =>
                (await rows.CountAsync(), ids.Count));

            tenants.ShouldBe(3);
            users.ShouldBe(3, "one admin in each of the two districts and the commune; the province's own admin is not below it");
        }
    }

    [Fact]
    public async Task Should_leave_the_tenant_filter_on_after_the_aggregate()
    {
        using var scope = fixture.Factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        var lamDong = (await services.GetRequiredService<ITenantStore>().FindAsync("lam-dong"))!.Id;
        using (services.GetRequiredService<ICurrentTenant>().Change(lamDong))
        {
            await services.GetRequiredService<TenantRollup>().AggregateAsync<AppUser, int>(lamDong, (rows, _) => rows.CountAsync());
            var visible = await services.GetRequiredService<Humanitarian.Web.Data.HumanitarianDbContext>().Users.ToListAsync();
            var ofLamDong = await services.GetRequiredService<Humanitarian.Web.Data.HumanitarianDbContext>().Users
                .IgnoreQueryFilters().Where(u => u.TenantId == lamDong).Select(u => u.Id).ToListAsync();
            ofLamDong.Count.ShouldBe(6, "the demo province's six users");
            visible.Select(u => u.Id).ShouldBe(ofLamDong, ignoreOrder: true);
        }
    }
}

[Collection(Collections.Sqlite)]
public sealed class TenantRollup_Sqlite_Tests(SqliteAppFixture fixture) : TenantRollup_Tests<SqliteAppFixture>(fixture);

// On both databases: the roll-up disables the tenant filter for a descendant set and must turn it back on.
[Collection(Collections.MySql)]
public sealed class TenantRollup_MySql_Tests(MySqlAppFixture fixture) : TenantRollup_Tests<MySqlAppFixture>(fixture);
