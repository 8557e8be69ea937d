using Humanitarian.Campaigns.Entities;
using Humanitarian.Campaigns.Targets;

namespace Humanitarian.Campaigns.Services.Targets;

internal static class CampaignTargetMappings
{
    public static CampaignTargetDto ToDto(this CampaignTarget target, decimal? actual) => new()
    {
        Id = target.Id,
        CampaignId = target.CampaignId,
        Name = target.Name,
        Metric = target.Metric,
        Goal = target.Goal,
        ActivityKind = target.ActivityKind,
        Year = target.Year,
        Actual = actual,
        IsMet = target.IsMetBy(actual),
        ConcurrencyStamp = target.ConcurrencyStamp,
        CreationTime = target.CreationTime,
        CreatorId = target.CreatorId,
        LastModificationTime = target.LastModificationTime,
        LastModifierId = target.LastModifierId,
    };

    /// <summary>An edit form filled with the target as it is: only its name and goal change.</summary>
    public static UpdateCampaignTargetDto ToUpdateDto(this CampaignTargetDto target) => new()
    {
        Name = target.Name,
        Goal = target.Goal,
        ConcurrencyStamp = target.ConcurrencyStamp,
    };
}
