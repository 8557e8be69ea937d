using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Entities;

namespace Humanitarian.Campaigns.Services.Tasks;

/// <summary>
/// What is overdue today: tasks of active campaigns whose report is still owed after the due date. A
/// closed campaign's leftovers are its record, not work anyone is chased for.
/// </summary>
internal static class OverdueTasks
{
    /// <param name="committeeIds">Only the campaigns these committees steer; null for every campaign.</param>
    public static IQueryable<TaskAssignment> Of(
        IQueryable<TaskAssignment> tasks, IQueryable<Campaign> campaigns, DateOnly today, IReadOnlyCollection<Guid>? committeeIds = null)
    {
        var active = campaigns.Where(c => c.Status == CampaignStatus.Active);
        if (committeeIds is not null)
        {
            active = active.Where(c => c.CommitteeId != null && committeeIds.Contains(c.CommitteeId.Value));
        }
        var activeIds = active.Select(c => c.Id);
        return tasks.Where(TaskAssignment.IsOverdueAt(today)).Where(t => activeIds.Contains(t.CampaignId));
    }
}
