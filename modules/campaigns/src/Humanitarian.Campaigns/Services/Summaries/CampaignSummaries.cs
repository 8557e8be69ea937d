using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Domain.Campaigns;
using Humanitarian.Campaigns.Entities;
using Humanitarian.Campaigns.Services.Targets;
using Humanitarian.Campaigns.Targets;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Timing;
using Humanitarian.Organization.Units;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Campaigns.Services.Summaries;

/// <summary>
/// Measures a campaign's summary now: each target in total and per unit, each unit's reporting rate and
/// activities. Units are the plan's participants and any other unit with tasks or activities in the period.
/// </summary>
public sealed class CampaignSummaries(
    CampaignProgress progress,
    TargetMeasurer measurer,
    IRepository<CampaignActivity, Guid> activities,
    IUnitLookup units,
    TimeProvider clock) : ITransientDependency
{
    public async Task<CampaignSummaryDto> MeasureAsync(Campaign campaign, OccurrencePeriod period)
    {
        int? year = campaign.Recurrence == CampaignRecurrence.None ? null : period.Year;
        var today = VietnamCalendar.Today(clock);
        var targets = await progress.TargetsOfAsync(campaign.Id, year);
        var totals = new List<CampaignTargetProgressDto>();
        var perUnit = new List<IReadOnlyDictionary<Guid, decimal>?>();
        foreach (var target in targets)
        {
            totals.Add(await progress.MeasureAsync(campaign, target, year));
            perUnit.Add(await measurer.MeasurePerUnitAsync(campaign, target, year));
        }
        var tasks = await progress.TasksOfAsync(campaign.Id, year);
        var unitTasks = await TaskCounts.CountPerUnitAsync(tasks, today);
        var unitActivities = await (await activities.GetQueryableAsync())
            .Where(a => a.CampaignId == campaign.Id && a.Date >= period.StartDate && a.Date <= period.EndDate)
            .GroupBy(a => a.UnitId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var participants = campaign.Participants.Select(p => p.UnitId).ToHashSet();
        var unitIds = participants.Union(unitTasks.Keys).Union(unitActivities.Keys).ToList();
        var names = await units.GetNamesAsync(unitIds);
        return new CampaignSummaryDto
        {
            CampaignId = campaign.Id,
            CampaignName = campaign.Name,
            Year = year,
            StartDate = period.StartDate,
            EndDate = period.EndDate,
            Theme = campaign.ThemeOf(period.Year),
            Targets = totals,
            Tasks = await TaskCounts.CountAsync(tasks, today),
            Units = unitIds
                .Select(id => new UnitSummaryDto
                {
                    UnitId = id,
                    // A unit deleted since keeps its row, by id: its tasks still count.
                    UnitName = names.GetValueOrDefault(id) ?? id.ToString(),
                    IsParticipant = participants.Contains(id),
                    Tasks = unitTasks.GetValueOrDefault(id) ?? new TaskProgressDto(),
                    Activities = unitActivities.GetValueOrDefault(id),
                    Targets = targets.Select((t, i) => ResultOf(t, perUnit[i], id)).ToList(),
                })
                .OrderByDescending(u => u.IsParticipant).ThenBy(u => u.UnitName, StringComparer.CurrentCulture).ToList(),
        };
    }

    private static UnitTargetResultDto ResultOf(CampaignTarget target, IReadOnlyDictionary<Guid, decimal>? perUnit, Guid unitId)
    {
        // A unit outside the plan has no part in a target of its participants.
        decimal? value = perUnit is not null && perUnit.TryGetValue(unitId, out var part) ? part : null;
        return new UnitTargetResultDto
        {
            TargetId = target.Id,
            Value = value,
            IsMet = target.Metric.IsGoalOfEachUnit() ? target.IsMetBy(value) : null,
        };
    }
}
