using Humanitarian.Campaigns.Activities;
using Humanitarian.Campaigns.Targets;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;

namespace Humanitarian.Campaigns.Entities;

/// <summary>
/// A target (chỉ tiêu) of a campaign: a goal and how it is measured. The actual figure is never stored:
/// it is measured from the data each time (see <see cref="TargetMetric"/>).
/// </summary>
public sealed class CampaignTarget : FullAuditedAggregateRoot<Guid>, IInheritedByLegalHeir
{
    public Guid? TenantId { get; set; }
    public Guid CampaignId { get; private set; }
    public string Name { get; private set; } = "";
    public TargetMetric Metric { get; private set; }
    public decimal Goal { get; private set; }
    public CampaignActivityKind? ActivityKind { get; private set; }

    /// <summary>The occurrence (recurring campaign) or calendar year measured; null for the whole period.</summary>
    public int? Year { get; private set; }

    private CampaignTarget() { }

    /// <exception cref="BusinessException">An activity target without its kind of activity.</exception>
    public CampaignTarget(Guid id, Guid campaignId, string name, TargetMetric metric, decimal goal, CampaignActivityKind? activityKind, int? year)
        : base(id)
    {
        if (metric == TargetMetric.UnitsWithActivityPercent && activityKind is null)
        {
            throw new BusinessException(CampaignsErrorCodes.ActivityKindRequired).WithMember("activityKind");
        }
        CampaignId = campaignId;
        Metric = metric;
        ActivityKind = metric == TargetMetric.UnitsWithActivityPercent ? activityKind : null;
        Year = year;
        Change(name, goal);
    }

    public void Change(string name, decimal goal)
    {
        Name = name.Trim();
        Goal = goal;
    }

    /// <summary>Met when the measured figure reaches the goal; unknown while it cannot be measured.</summary>
    public bool? IsMetBy(decimal? actual) => actual is { } value ? value >= Goal : null;
}
