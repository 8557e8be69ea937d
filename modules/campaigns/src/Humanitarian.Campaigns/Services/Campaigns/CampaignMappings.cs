using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Domain.Campaigns;
using Humanitarian.Campaigns.Entities;
using Humanitarian.Framework.MultiTenancy;

namespace Humanitarian.Campaigns.Services.Campaigns;

internal static class CampaignMappings
{
    public static CampaignDto ToDto(this Campaign campaign, FormerTenantNames formerTenants) => new()
    {
        Id = campaign.Id,
        Name = campaign.Name,
        Kind = campaign.Kind,
        Status = campaign.Status,
        Recurrence = campaign.Recurrence,
        StartDate = campaign.StartDate,
        EndDate = campaign.EndDate,
        Theme = campaign.ThemeOf(campaign.FirstYear),
        Purposes = campaign.Purposes,
        CommitteeId = campaign.CommitteeId,
        LegalBasisDocumentIds = campaign.LegalBasis.Select(b => b.DocumentId).ToList(),
        ParticipantUnitIds = campaign.Participants.Select(p => p.UnitId).ToList(),
        ConcurrencyStamp = campaign.ConcurrencyStamp,
        TenantId = campaign.TenantId,
        FormerTenantName = formerTenants.Of(campaign.TenantId),
        CreationTime = campaign.CreationTime,
        CreatorId = campaign.CreatorId,
        LastModificationTime = campaign.LastModificationTime,
        LastModifierId = campaign.LastModifierId,
    };

    public static CampaignOccurrenceDto ToDto(this OccurrencePeriod occurrence, Campaign campaign) => new()
    {
        Year = occurrence.Year,
        StartDate = occurrence.StartDate,
        EndDate = occurrence.EndDate,
        Theme = campaign.ThemeOf(occurrence.Year),
    };

    /// <summary>An edit form filled with the campaign as it is.</summary>
    public static UpdateCampaignDto ToUpdateDto(this CampaignDto campaign) => new()
    {
        Name = campaign.Name,
        Kind = campaign.Kind,
        Status = campaign.Status,
        Recurrence = campaign.Recurrence,
        StartDate = campaign.StartDate,
        EndDate = campaign.EndDate,
        Theme = campaign.Theme,
        Purposes = campaign.Purposes,
        CommitteeId = campaign.CommitteeId,
        LegalBasisDocumentIds = [.. campaign.LegalBasisDocumentIds],
        ParticipantUnitIds = [.. campaign.ParticipantUnitIds],
        ConcurrencyStamp = campaign.ConcurrencyStamp,
    };
}
