using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Entities;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Timing;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Campaigns.Services.Targets;

/// <summary>What a committee head looks at first: each target measured now, and the reporting rate of the tasks.</summary>
public sealed class CampaignProgress(
    IRepository<CampaignTarget, Guid> targets, IRepository<TaskAssignment, Guid> tasks, TargetMeasurer measurer, TimeProvider clock)
    : ITransientDependency
{
    /// <param name="year">One run of a recurring campaign (its targets and tasks); null for all.</param>
    public async Task<CampaignProgressDto> MeasureAsync(Campaign campaign, int? year)
    {
        var campaignTargets = await (await targets.GetQueryableAsync()).AsNoTracking()
            .Where(t => t.CampaignId == campaign.Id && (year == null || t.Year == null || t.Year == year))
            .OrderBy(t => t.CreationTime).ToListAsync();
        var measured = new List<CampaignTargetProgressDto>();
        foreach (var target in campaignTargets)
        {
            var actual = await measurer.MeasureAsync(campaign, target);
            measured.Add(new CampaignTargetProgressDto
            {
                Id = target.Id, Name = target.Name, Metric = target.Metric, Goal = target.Goal, Actual = actual,
                IsMet = target.IsMetBy(actual),
            });
        }
        return new CampaignProgressDto { Targets = measured, Tasks = await CountTasksAsync(campaign.Id, year) };
    }

    private async Task<TaskProgressDto> CountTasksAsync(Guid campaignId, int? year) =>
        await TaskCounts.CountAsync((await tasks.GetQueryableAsync()).Where(t => t.CampaignId == campaignId && (year == null || t.Year == year)),
            VietnamCalendar.Today(clock));
}
