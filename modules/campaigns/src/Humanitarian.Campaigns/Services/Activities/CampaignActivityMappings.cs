using Humanitarian.Campaigns.Activities;
using Humanitarian.Campaigns.Entities;
using Humanitarian.Framework.Content;

namespace Humanitarian.Campaigns.Services.Activities;

internal static class CampaignActivityMappings
{
    public static CampaignActivityDto ToDto(this CampaignActivity activity, string? unitName) => new()
    {
        Id = activity.Id,
        CampaignId = activity.CampaignId,
        UnitId = activity.UnitId,
        UnitName = unitName,
        Kind = activity.Kind,
        Date = activity.Date,
        Title = activity.Title,
        Place = activity.Place,
        Participants = activity.Participants,
        AmountRaised = activity.AmountRaised,
        Note = activity.Note,
        Attachments = activity.Attachments.OrderBy(a => a.CreationTime).Select(a => a.ToDto<FileAttachmentDto>()).ToList(),
        ConcurrencyStamp = activity.ConcurrencyStamp,
        CreationTime = activity.CreationTime,
        CreatorId = activity.CreatorId,
        LastModificationTime = activity.LastModificationTime,
        LastModifierId = activity.LastModifierId,
    };

    /// <summary>An edit form filled with the activity as it is.</summary>
    public static UpdateCampaignActivityDto ToUpdateDto(this CampaignActivityDto activity) => new()
    {
        CampaignId = activity.CampaignId,
        UnitId = activity.UnitId,
        Kind = activity.Kind,
        Date = activity.Date,
        Title = activity.Title,
        Place = activity.Place,
        Participants = activity.Participants,
        AmountRaised = activity.AmountRaised,
        Note = activity.Note,
        ConcurrencyStamp = activity.ConcurrencyStamp,
    };
}
