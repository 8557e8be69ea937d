using System.Net;
using Humanitarian.Framework.Data;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Organization.Entities;
using Humanitarian.Web.Data;
using Humanitarian.Web.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Web.Tests;

/// <summary>
/// The README's demo: the host merges the demo Ninh Thuận into Khánh Hòa. It runs on an app of its own,
/// since merging changes demo tenants that other tests read.
/// </summary>
public abstract class DemoReorganisation_Tests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly HumanitarianWebFactory _factory = new(provider);

    public Task InitializeAsync() => _factory.WaitUntilReadyAsync();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Should_merge_the_demo_province_and_not_seed_it_again_at_the_next_start()
    {
        using var host = await ApiClient.SignInAsync(_factory.CreateApiClient(), null, "admin", HumanitarianWebFactory.DemoPassword);
        var store = _factory.Services.GetRequiredService<ITenantStore>();
        var ninhThuan = (await store.FindAsync("ninh-thuan"))!;
        var khanhHoa = (await store.FindAsync("khanh-hoa"))!;

        await host.SendExpectingAsync(HttpMethod.Post, $"/api/multi-tenancy/tenants/{ninhThuan.Id}/merge",
            new { successorId = khanhHoa.Id, effectiveDate = "2025-07-01" }, HttpStatusCode.OK);
        using (var scope = _factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DataSeeder>().SeedAsync();
        }

        using var check = _factory.Services.CreateScope();
        var db = check.ServiceProvider.GetRequiredService<HumanitarianDbContext>();
        using (check.ServiceProvider.GetRequiredService<IDataFilter>().Disable<IMultiTenant>())
        {
            (await db.Users.CountAsync(u => u.TenantId == ninhThuan.Id)).ShouldBe(0);
            (await db.Set<Unit>().CountAsync(u => u.TenantId == ninhThuan.Id)).ShouldBe(0);
            (await db.Set<Unit>().CountAsync(u => u.TenantId == khanhHoa.Id)).ShouldBe(28, "Khánh Hòa's 3 units and Ninh Thuận's 25");
            (await db.Set<Document>().CountAsync(d => d.TenantId == ninhThuan.Id)).ShouldBe(1, "the closed record stays");
        }

        // Ninh Thuận's committee head works on in Khánh Hòa under a suffixed name.
        using var moved = await ApiClient.SignInAsync(_factory.CreateApiClient(), "khanh-hoa",
            "committee-head.ninh-thuan", HumanitarianWebFactory.DemoPassword);
        var me = await moved.GetJsonAsync<System.Text.Json.Nodes.JsonObject>("/api/abp/application-configuration");
        me["currentTenant"]!["name"]!.GetValue<string>().ShouldBe("khanh-hoa");
    }
}

[Collection(Collections.Sqlite)]
public sealed class DemoReorganisation_Sqlite_Tests() : DemoReorganisation_Tests(DatabaseProvider.Sqlite);
