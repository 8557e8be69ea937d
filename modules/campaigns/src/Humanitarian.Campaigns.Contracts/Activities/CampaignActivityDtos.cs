using System.ComponentModel.DataAnnotations;
using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Content;

namespace Humanitarian.Campaigns.Activities;

/// <summary>What a unit did for a campaign; activities feed the activity targets.</summary>
public enum CampaignActivityKind
{
    Conference,
    Propaganda,
    MediaPiece,
    BloodDrive,
    FirstAidTraining,
    CharityFair,
    GiftGiving,
    Other,
}

public sealed class CampaignActivityDto : AuditedEntityDto<Guid>
{
    public Guid CampaignId { get; set; }
    public Guid UnitId { get; set; }
    public string? UnitName { get; set; }
    public CampaignActivityKind Kind { get; set; }

    /// <summary>Each is downloaded at <c>/api/app/campaign-activity/{id}/attachment/{attachmentId}</c>.</summary>
    public IReadOnlyList<FileAttachmentDto> Attachments { get; set; } = [];
    public DateOnly Date { get; set; }
    public string Title { get; set; } = "";
    public string? Place { get; set; }
    public int? Participants { get; set; }

    /// <summary>Money and gifts raised, integer VND.</summary>
    public long? AmountRaised { get; set; }

    public string? Note { get; set; }
    public string ConcurrencyStamp { get; set; } = "";
}

public class CreateCampaignActivityDto
{
    [Required]
    public Guid? CampaignId { get; set; }

    /// <summary>The unit that held it: one of the caller's scope.</summary>
    [Required]
    public Guid? UnitId { get; set; }

    [Required, EnumDataType(typeof(CampaignActivityKind))]
    public CampaignActivityKind? Kind { get; set; }

    [Required]
    public DateOnly? Date { get; set; }

    [Required, StringLength(CampaignConsts.MaxNameLength)]
    public string Title { get; set; } = "";

    [StringLength(CampaignConsts.MaxNameLength)]
    public string? Place { get; set; }

    [Range(0, 10_000_000)]
    public int? Participants { get; set; }

    [Range(0, long.MaxValue)]
    public long? AmountRaised { get; set; }

    [StringLength(CampaignConsts.MaxTextLength)]
    public string? Note { get; set; }
}

public sealed class UpdateCampaignActivityDto : CreateCampaignActivityDto
{
    [StringLength(40)]
    public string? ConcurrencyStamp { get; set; }
}

public sealed class CampaignActivityListInput : PagedAndSortedFilterRequestDto
{
    public Guid? CampaignId { get; set; }
    public Guid? UnitId { get; set; }

    [EnumDataType(typeof(CampaignActivityKind))]
    public CampaignActivityKind? Kind { get; set; }
}
