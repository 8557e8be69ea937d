using System.ComponentModel.DataAnnotations;
using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Sponsorships;
using Humanitarian.Framework.Application;

namespace Humanitarian.Beneficiaries.SponsorRequests;

/// <summary>
/// What someone who wants to sponsor a published need tells the chapter. The rules that need the tenant
/// (its floor, this month) and the ones across fields (a phone or an e-mail, the consent) are the entity's.
/// </summary>
public sealed class CreateSponsorRequestDto
{
    [Required, StringLength(SponsorRequestConsts.MaxRequesterNameLength)]
    public string RequesterName { get; set; } = "";

    [StringLength(SponsorRequestConsts.MaxOrganisationLength)]
    public string? Organisation { get; set; }

    [StringLength(SponsorRequestConsts.MaxPhoneLength), RegularExpression(SponsorRequestConsts.PhonePattern)]
    public string? Phone { get; set; }

    [StringLength(SponsorRequestConsts.MaxEmailLength), EmailAddress]
    public string? Email { get; set; }

    [Range(1, SponsorshipConsts.MaxValue)]
    public long MonthlyValue { get; set; }

    /// <summary>The month support would start: any day of it (the first is kept).</summary>
    public DateOnly StartMonth { get; set; }

    [StringLength(SponsorRequestConsts.MaxMessageLength)]
    public string? Message { get; set; }

    /// <summary>The requester agrees that the chapter keeps and uses these contact details (Decree 13/2023/NĐ-CP).</summary>
    public bool ConsentToContact { get; set; }
}

/// <summary>What the requester is told back: the need as the catalogue shows it, nothing more.</summary>
public sealed class SponsorRequestReceiptDto
{
    public Guid Id { get; set; }
    public AddressCategory Category { get; set; }
    public string? Commune { get; set; }
}

public sealed class SponsorRequestDto : AuditedEntityDto<Guid>
{
    public Guid HumanitarianAddressId { get; set; }

    /// <summary>The address's name, when the caller may see the address; empty otherwise.</summary>
    public string HumanitarianAddressName { get; set; } = "";

    /// <summary>The address's published category and commune, as the requester saw them.</summary>
    public AddressCategory Category { get; set; }

    public string? Commune { get; set; }
    public string RequesterName { get; set; } = "";
    public string? Organisation { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public long MonthlyValue { get; set; }
    public DateOnly StartMonth { get; set; }
    public string? Message { get; set; }

    /// <summary>When the requester consented to the chapter keeping their contact details.</summary>
    public DateTime ContactConsentTime { get; set; }

    public SponsorRequestStatus Status { get; set; }
    public DateTime? DecisionTime { get; set; }
    public Guid? DeciderId { get; set; }
    public string? DeclineReason { get; set; }

    /// <summary>The sponsorship an approval created.</summary>
    public Guid? SponsorshipId { get; set; }
}

public sealed class SponsorRequestListInput : PagedAndSortedFilterRequestDto
{
    [EnumDataType(typeof(SponsorRequestStatus))]
    public SponsorRequestStatus? Status { get; set; }
}

public sealed class ApproveSponsorRequestDto
{
    /// <summary>The sponsorship's first day; by default the requested month's first day, or today when that has passed.</summary>
    public DateOnly? SponsorshipStartDate { get; set; }
}

public sealed class DeclineSponsorRequestDto
{
    [Required, StringLength(SponsorRequestConsts.MaxReasonLength)]
    public string Reason { get; set; } = "";
}
