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
        var measured = new List<CampaignTargetProgressDto>();
        foreach (var target in await TargetsOfAsync(campaign.Id, year))
        {
            measured.Add(await MeasureAsync(campaign, target, year));
        }
        var today = VietnamCalendar.Today(clock);
        return new CampaignProgressDto { Targets = measured, Tasks = await TaskCounts.CountAsync(await TasksOfAsync(campaign.Id, year), today) };
    }

    /// <summary>The targets of the whole campaign and, for a run, those of that year, in the order they were set.</summary>
    public async Task<List<CampaignTarget>> TargetsOfAsync(Guid campaignId, int? year) =>
        await (await targets.GetQueryableAsync()).AsNoTracking()
            .Where(t => t.CampaignId == campaignId && (year == null || t.Year == null || t.Year == year))
            .OrderBy(t => t.CreationTime).ToListAsync();

    public async Task<IQueryable<TaskAssignment>> TasksOfAsync(Guid campaignId, int? year) =>
        (await tasks.GetQueryableAsync()).AsNoTracking().Where(t => t.CampaignId == campaignId && (year == null || t.Year == year));

    public async Task<CampaignTargetProgressDto> MeasureAsync(Campaign campaign, CampaignTarget target, int? year)
    {
        var actual = await measurer.MeasureAsync(campaign, target, year);
        return new CampaignTargetProgressDto
        {
            Id = target.Id, Name = target.Name, Metric = target.Metric, Goal = target.Goal, Actual = actual, IsMet = target.IsMetBy(actual),
        };
    }
}
