using System.Net;
using Humanitarian.Campaigns.Activities;
using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Entities;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Organization.Entities;
using Humanitarian.Organization.Units;
using Humanitarian.TestBase;
using Humanitarian.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Bench;

/// <summary>
/// Campaigns at national scale: provinces below the host, the first of them with district tenants of its
/// own (so a province has children to roll up), commune units spread over all of them, and in every
/// tenant holding units a yearly monthly-report campaign and a one-off Humanitarian Month each year, one
/// task per unit and month (May's report is the Humanitarian Month's) and an activity per unit and year.
/// Tenants are made through the API (their admin, roles, seeds); the rest is inserted straight into the
/// database, a tenant at a time, since through the API it would take hours.
/// </summary>
public static class CampaignScaleData
{
    public sealed record Scale(int Provinces, int Units, int Districts, int Years);

    public sealed record Seeded(IReadOnlyList<(Guid Id, string Name)> Provinces, int Tasks, int Activities);

    private const int HumanitarianMonth = 5;

    /// <param name="today">Vietnam's date: tasks due before it are reported on time, late, returned or still open; later ones mostly open.</param>
    public static async Task<Seeded> SeedAsync(HumanitarianWebFactory factory, ApiClient host, Scale scale, DateOnly today)
    {
        var provinces = new List<(Guid Id, string Name)>();
        var holders = new List<Guid>();
        for (var p = 1; p <= scale.Provinces; p++)
        {
            var province = await CreateTenantAsync(host, $"bench-p{p:D2}", $"Tỉnh {p:D2}", "Province", null);
            provinces.Add(province);
            holders.Add(province.Id);
            for (var d = 1; p == 1 && d <= scale.Districts; d++)
            {
                holders.Add((await CreateTenantAsync(host, $"bench-p{p:D2}-d{d}", $"Huyện {p:D2}.{d}", "District", province.Id)).Id);
            }
        }
        var tasks = 0;
        var activities = 0;
        var unitsPerProvince = Spread(scale.Units, scale.Provinces);
        // The first province's units are shared by it and its districts.
        var units = Spread(unitsPerProvince[0], scale.Districts + 1).Concat(unitsPerProvince.Skip(1)).ToList();
        for (var i = 0; i < holders.Count; i++)
        {
            var (t, a) = await FillAsync(factory.Services, holders[i], units[i], scale.Years, today, new Random(i));
            tasks += t;
            activities += a;
        }
        if (factory.Provider == DatabaseProvider.MySql)
        {
            await AnalyseAsync(factory.Services);
        }
        return new Seeded(provinces, tasks, activities);
    }

    /// <summary>
    /// InnoDB recounts a table's statistics in the background some time after a bulk load; until then the
    /// optimizer plans for the near-empty tables it last saw (the province's SQL ran 40× slower right after
    /// seeding than a minute later). A database in use has current statistics: so should the benchmark's.
    /// </summary>
    private static async Task AnalyseAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<HumanitarianDbContext>().Database
            .ExecuteSqlRawAsync("ANALYZE TABLE CmpTaskAssignments, CmpCampaigns, CmpCampaignActivities, OrgUnits, AbpTenants");
    }

    internal static async Task<(Guid Id, string Name)> CreateTenantAsync(ApiClient host, string name, string displayName, string level, Guid? parentId)
    {
        var body = await host.SendExpectingAsync(HttpMethod.Post, "/api/multi-tenancy/tenants", new
        {
            name, displayName, level, parentId,
            adminEmailAddress = $"admin@{name}.bench.local", adminPassword = HumanitarianWebFactory.DemoPassword,
        }, HttpStatusCode.OK);
        return (body!["id"]!.GetValue<Guid>(), name);
    }

    /// <summary><paramref name="total"/> in <paramref name="parts"/> parts differing by one at most.</summary>
    private static List<int> Spread(int total, int parts) =>
        Enumerable.Range(0, parts).Select(i => total / parts + (i < total % parts ? 1 : 0)).ToList();

    /// <summary>One tenant's units, campaigns, tasks and activities in one save (a few thousand rows, a fresh context).</summary>
    private static async Task<(int Tasks, int Activities)> FillAsync(
        IServiceProvider services, Guid tenantId, int unitCount, int years, DateOnly today, Random random)
    {
        using var scope = services.CreateScope();
        using var tenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId);
        var db = scope.ServiceProvider.GetRequiredService<HumanitarianDbContext>();
        var units = Enumerable.Range(1, unitCount)
            .Select(i => new Unit(Guid.NewGuid(), $"X{i:D4}", $"Hội Chữ thập đỏ xã {i}", UnitKind.Commune, null)).ToList();
        db.AddRange(units);
        var firstYear = today.Year - years + 1;
        var monthly = new Campaign(Guid.NewGuid(), "Báo cáo công tác Hội hằng tháng", CampaignKind.Other, CampaignRecurrence.Yearly,
            new DateOnly(firstYear, 1, 1), new DateOnly(firstYear, 12, 31));
        db.Add(monthly);
        var tasks = new List<TaskAssignment>();
        var activities = new List<CampaignActivity>();
        for (var year = firstYear; year <= today.Year; year++)
        {
            var month = new Campaign(Guid.NewGuid(), $"Tháng Nhân đạo {year}", CampaignKind.HumanitarianMonth, CampaignRecurrence.None,
                new DateOnly(year, HumanitarianMonth, 1), new DateOnly(year, HumanitarianMonth, 31));
            db.Add(month);
            foreach (var unit in units)
            {
                for (var m = 1; m <= 12; m++)
                {
                    // The monthly report is due on the month's last day; the Humanitarian Month's report by 10 June.
                    var task = m == HumanitarianMonth
                        ? new TaskAssignment(Guid.NewGuid(), month.Id, null, unit.Id, "Báo cáo kết quả Tháng Nhân đạo", null,
                            new DateOnly(year, HumanitarianMonth + 1, 10))
                        : new TaskAssignment(Guid.NewGuid(), monthly.Id, year, unit.Id, $"Báo cáo tháng {m}/{year}", null,
                            new DateOnly(year, m, DateTime.DaysInMonth(year, m)));
                    TaskStatusMix.Apply(task, today, random);
                    tasks.Add(task);
                }
                var activity = new CampaignActivity(Guid.NewGuid(), month.Id, unit.Id);
                activity.Describe((CampaignActivityKind)random.Next(Enum.GetValues<CampaignActivityKind>().Length),
                    new DateOnly(year, HumanitarianMonth, random.Next(1, 32)), "Ra quân Tháng Nhân đạo", "Nhà văn hoá xã",
                    random.Next(20, 300), random.Next(0, 50) * 1_000_000L, null);
                activities.Add(activity);
            }
        }
        db.AddRange(tasks);
        db.AddRange(activities);
        await db.SaveChangesAsync();
        return (tasks.Count, activities.Count);
    }
}
