using System.Diagnostics;
using System.Globalization;
using System.Net;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Organization.AdministrativeAreas;
using Humanitarian.Organization.Entities;
using Humanitarian.Organization.Units;
using Humanitarian.TestBase;
using Humanitarian.Web.Data;
using Humanitarian.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Bench;

/// <summary>
/// A province the size of a real one merged into another through the API: how long the preview and
/// the merger take, with a tenth of the unit codes and the admin's name clashing at the heir.
/// </summary>
public sealed class ReorganisationBenchmark(DatabaseProvider provider, ReorganisationBenchmark.Size size)
{
    public sealed record Size(int Units, int Users, int Areas);

    private const int BatchSize = 500;

    public async Task<string> RunAsync()
    {
        await using var factory = new HumanitarianWebFactory(provider);
        await factory.WaitUntilReadyAsync();
        using var host = await ApiClient.SignInAsync(factory.CreateApiClient(), null, "admin", HumanitarianWebFactory.DemoPassword);
        var source = await CreateTenantAsync(host, "bench-source");
        var heir = await CreateTenantAsync(host, "bench-heir");

        var seeding = Stopwatch.StartNew();
        await FillAsync(factory.Services, source, size.Units, size.Users, size.Areas);
        await FillAsync(factory.Services, heir, size.Units / 10, 0, 0);
        seeding.Stop();

        var preview = Stopwatch.StartNew();
        await host.SendExpectingAsync(HttpMethod.Get,
            $"/api/multi-tenancy/tenants/{source}/reorganisation-preview?kind=Merge&successorId={heir}", null, HttpStatusCode.OK);
        preview.Stop();
        var merge = Stopwatch.StartNew();
        await host.SendExpectingAsync(HttpMethod.Post, $"/api/multi-tenancy/tenants/{source}/merge",
            new { successorId = heir }, HttpStatusCode.OK);
        merge.Stop();

        var moved = await CountUnitsAsync(factory.Services, heir);
        if (moved != size.Units + size.Units / 10)
        {
            throw new InvalidOperationException($"The heir has {moved} units after the merger, not {size.Units + size.Units / 10}.");
        }
        return string.Create(CultureInfo.InvariantCulture,
            $"| {DateTime.UtcNow:yyyy-MM-dd} | {provider} | {size.Units} units, {size.Users} users, {size.Areas} areas | " +
            $"{preview.Elapsed.TotalSeconds:0.0} s | {merge.Elapsed.TotalSeconds:0.0} s | (seeding {seeding.Elapsed.TotalSeconds:0} s) |");
    }

    private static async Task<Guid> CreateTenantAsync(ApiClient host, string name) =>
        (await host.SendExpectingAsync(HttpMethod.Post, "/api/multi-tenancy/tenants", new
        {
            name, displayName = name, level = "Province",
            adminEmailAddress = $"admin@{name}.bench.local", adminPassword = HumanitarianWebFactory.DemoPassword,
        }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();

    /// <summary>Areas, a unit tree (ten roots, each unit under an earlier one, in an area) with a contact each, and users of the units.</summary>
    private static async Task FillAsync(IServiceProvider services, Guid tenantId, int units, int users, int areas)
    {
        var random = new Random(tenantId.GetHashCode());
        var areaIds = new List<Guid>();
        var unitIds = new List<Guid>();
        for (var done = 0; done < Math.Max(units, Math.Max(users, areas)); done += BatchSize)
        {
            using var scope = services.CreateScope();
            using var tenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId);
            var db = scope.ServiceProvider.GetRequiredService<HumanitarianDbContext>();
            for (var i = done; i < Math.Min(areas, done + BatchSize); i++)
            {
                var area = new AdministrativeArea(Guid.NewGuid(), $"A{i:D5}", $"Xã thử nghiệm {i}", AdministrativeAreaLevel.Commune, null);
                db.Add(area);
                areaIds.Add(area.Id);
            }
            for (var i = done; i < Math.Min(units, done + BatchSize); i++)
            {
                var parent = i < 10 ? (Guid?)null : unitIds[random.Next(unitIds.Count)];
                var unit = new Unit(Guid.NewGuid(), $"U{i:D5}", $"Đơn vị thử nghiệm {i}", UnitKind.Other, parent);
                unit.PlaceIn(areaIds.Count == 0 ? null : areaIds[random.Next(areaIds.Count)]);
                unit.AddContact($"Người liên hệ {i}");
                db.Add(unit);
                unitIds.Add(unit.Id);
            }
            for (var i = done; i < Math.Min(users, done + BatchSize); i++)
            {
                var name = $"can-bo-{i:D5}";
                db.Users.Add(new AppUser(name, tenantId)
                {
                    NormalizedUserName = name.ToUpperInvariant(), SecurityStamp = Guid.NewGuid().ToString("N"),
                    UnitId = unitIds[random.Next(unitIds.Count)],
                });
            }
            await db.SaveChangesAsync();
        }
    }

    private static async Task<int> CountUnitsAsync(IServiceProvider services, Guid tenantId)
    {
        using var scope = services.CreateScope();
        using var tenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId);
        return await scope.ServiceProvider.GetRequiredService<HumanitarianDbContext>().Set<Unit>().CountAsync();
    }
}
