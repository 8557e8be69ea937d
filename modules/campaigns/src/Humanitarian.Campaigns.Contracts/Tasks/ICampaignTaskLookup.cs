namespace Humanitarian.Campaigns.Tasks;

/// <summary>A task as another module tracks it: whose it is and whether the report is in.</summary>
public sealed record CampaignTaskState(
    Guid Id, Guid CampaignId, string CampaignName, Guid UnitId, TaskAssignmentStatus Status, DateTime? SubmittedTime, bool IsOverdue);

/// <summary>
/// The current tenant's tasks read by modules that give tasks through <see cref="ITaskAssignmentAppService"/>
/// and follow them (Beneficiaries' survey rounds): no permission of the caller's is checked, the
/// module showing them checks its own.
/// </summary>
public interface ICampaignTaskLookup
{
    Task<IReadOnlyDictionary<Guid, CampaignTaskState>> GetAsync(IEnumerable<Guid> taskIds);

    /// <summary>The tasks of that title due that day (the demo data's survey rounds find theirs so).</summary>
    Task<IReadOnlyList<CampaignTaskState>> FindAsync(string title, DateOnly dueDate);
}
