using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Entities;
using Humanitarian.Campaigns.Services.Targets;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Timing;

namespace Humanitarian.Campaigns.Services.Campaigns;

/// <summary>
/// What a parent tenant sees of its children's campaigns: each child's reporting rate over its subtree,
/// through the framework's <see cref="TenantRollup"/> (counts only, never a child's rows).
/// </summary>
public sealed class ReportingRates(TenantRollup rollup, ICurrentTenant currentTenant, IAbpEfCoreDbContext dbContext, TimeProvider clock)
    : ITransientDependency
{
    public async Task<IReadOnlyList<ChildReportingRateDto>> GetAsync(int year, CampaignKind? kind)
    {
        var today = VietnamCalendar.Today(clock);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var perChild = await rollup.PerChildAsync<TaskAssignment, TaskProgressDto>(currentTenant.Id, tasks =>
        {
            // A recurring campaign's run of the year, or a one-off campaign's tasks due in it.
            var ofYear = tasks.Where(t => t.Year == year || (t.Year == null && t.DueDate >= first && t.DueDate <= last));
            if (kind is { } k)
            {
                var campaigns = dbContext.Set<Campaign>();
                ofYear = ofYear.Where(t => campaigns.Any(c => c.Id == t.CampaignId && c.Kind == k));
            }
            return TaskCounts.CountPerTenantAsync(ofYear, today);
        }, TaskCounts.Sum);
        return perChild.Select(c => new ChildReportingRateDto { TenantId = c.Child.Id, TenantName = c.Child.DisplayName, Tasks = c.Figure })
            .ToList();
    }
}
