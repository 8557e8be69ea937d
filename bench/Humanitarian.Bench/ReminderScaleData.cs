using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Entities;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Organization.Entities;
using Humanitarian.Organization.Units;
using Humanitarian.TestBase;
using Humanitarian.Web.Data;
using Microsoft.Extensions.DependencyInjection;
using static Humanitarian.TestBase.TenantTestData;

namespace Humanitarian.Bench;

/// <summary>
/// A province whose units are all behind with their reports: units with one reminder contact each, a
/// steering committee with a standing deputy who has an account, and one active campaign of that
/// committee with <see cref="TasksPerUnit"/> open tasks per unit, due 1, 4 or 10 days ago in turn — the
/// first overdue notice, a repeat, and an escalation that also goes to the deputy and the tenant's admin.
/// The tenant, its admin, the committee and the deputy are made through the API; units, the campaign and
/// the tasks are inserted straight into the database.
/// </summary>
public static class ReminderScaleData
{
    public const int TasksPerUnit = 10;

    /// <summary>Days overdue in turn: steps Overdue1Day, OverdueRepeat and Escalation on the default policy (1, 4, 7, 10…).</summary>
    private static readonly int[] DaysOverdue = [1, 4, 10];

    public sealed record Seeded(TestTenant Tenant, int Tasks, int Escalated, int ExpectedReminders);

    public static async Task<Seeded> SeedAsync(HumanitarianWebFactory factory, ApiClient host, int tasks, DateOnly today)
    {
        var tenant = await CreateTenantAsync(host, name: "bench-reminders");
        using var admin = await SignInAdminAsync(factory, tenant);
        var committee = await CreateCommitteeAsync(admin, "Ban chỉ đạo Tháng Nhân đạo", "SteeringCommittee");
        var deputy = await CreateUserAsync(admin, "pho-ban-thuong-truc", null, "standing-deputy");
        await AddMemberAsync(admin, committee, new
        {
            fullName = "Lê Văn C", userId = deputy, position = "StandingDeputy", termStart = today.AddDays(-100).ToString("yyyy-MM-dd"),
        });
        var escalated = await FillAsync(factory.Services, tenant.Id, committee, tasks, today);
        // Each task's unit contact; an escalation also the deputy and the admin (the tenant's only admin).
        return new Seeded(tenant, tasks, escalated, tasks + 2 * escalated);
    }

    public static async Task<ApiClient> SignInAdminAsync(HumanitarianWebFactory factory, TestTenant tenant)
    {
        var http = factory.CreateApiClient();
        // The run before any fix took minutes: more than HttpClient's default 100 s.
        http.Timeout = TimeSpan.FromMinutes(30);
        return await ApiClient.SignInAsync(http, tenant.Name, "admin", TestTenant.AdminPassword);
    }

    /// <returns>How many tasks are escalated today.</returns>
    private static async Task<int> FillAsync(IServiceProvider services, Guid tenantId, Guid committeeId, int taskCount, DateOnly today)
    {
        using var scope = services.CreateScope();
        using var tenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId);
        var db = scope.ServiceProvider.GetRequiredService<HumanitarianDbContext>();
        // Open two months ago, ending next month: its reports are not locked yet.
        var campaign = new Campaign(Guid.NewGuid(), "Tháng Nhân đạo", CampaignKind.HumanitarianMonth, CampaignRecurrence.None,
            today.AddDays(-60), today.AddDays(30));
        campaign.Describe(CampaignKind.HumanitarianMonth, null, committeeId);
        db.Add(campaign);
        var unitCount = (taskCount + TasksPerUnit - 1) / TasksPerUnit;
        var units = new List<Unit>();
        for (var i = 1; i <= unitCount; i++)
        {
            var unit = new Unit(Guid.NewGuid(), $"X{i:D5}", $"Hội Chữ thập đỏ xã {i}", UnitKind.Commune, null);
            unit.AddContact($"Người liên hệ {i}", "Chủ tịch", $"dau-moi-{i:D5}@bench.local", receivesReminders: true);
            units.Add(unit);
        }
        db.AddRange(units);
        var escalated = 0;
        for (var i = 0; i < taskCount; i++)
        {
            var daysOverdue = DaysOverdue[i % DaysOverdue.Length];
            escalated += daysOverdue >= 7 ? 1 : 0;
            db.Add(new TaskAssignment(Guid.NewGuid(), campaign.Id, null, units[i / TasksPerUnit].Id, $"Báo cáo đợt {i % TasksPerUnit + 1}",
                null, today.AddDays(-daysOverdue)));
        }
        await db.SaveChangesAsync();
        return escalated;
    }
}
