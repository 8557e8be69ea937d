using System.ComponentModel.DataAnnotations;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;

namespace Humanitarian.Organization.Committees;

public sealed class CommitteeDto : AuditedEntityDto<Guid>, IHasConcurrencyStamp
{
    public string Name { get; set; } = "";
    public CommitteeKind Kind { get; set; }
    public string? CampaignOrFundName { get; set; }
    public Guid? EstablishingDocumentId { get; set; }
    public Guid? ParentId { get; set; }
    public string? Note { get; set; }
    public string ConcurrencyStamp { get; set; } = "";

    /// <summary>The owner: this tenant or a closed predecessor it inherited from.</summary>
    public Guid? TenantId { get; set; }

    /// <summary>
    /// For a closed predecessor's committee (read-only), its former name, e.g. "Ninh Thuận (cũ)"; null otherwise.
    /// </summary>
    public string? FormerTenantName { get; set; }
}

public class CreateCommitteeDto
{
    [Required, StringLength(CommitteeConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    [Required, EnumDataType(typeof(CommitteeKind))]
    public CommitteeKind? Kind { get; set; }

    /// <summary>The campaign or fund the committee serves, as text.</summary>
    [StringLength(CommitteeConsts.MaxCampaignOrFundNameLength)]
    public string? CampaignOrFundName { get; set; }

    /// <summary>The decision that set the committee up (this tenant's, a parent tenant's or the host's).</summary>
    public Guid? EstablishingDocumentId { get; set; }

    /// <summary>The committee above this one, e.g. the city board above a district board.</summary>
    public Guid? ParentId { get; set; }

    [StringLength(CommitteeConsts.MaxNoteLength)]
    public string? Note { get; set; }
}

public sealed class UpdateCommitteeDto : CreateCommitteeDto
{
    [StringLength(40)]
    public string? ConcurrencyStamp { get; set; }
}

public sealed class CommitteeListInput : PagedAndSortedFilterRequestDto
{
    [EnumDataType(typeof(CommitteeKind))]
    public CommitteeKind? Kind { get; set; }

    /// <summary>Only the committees directly below this one.</summary>
    public Guid? ParentId { get; set; }
}
