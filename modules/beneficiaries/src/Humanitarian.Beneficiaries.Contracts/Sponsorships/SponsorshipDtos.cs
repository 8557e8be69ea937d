using System.ComponentModel.DataAnnotations;
using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;

namespace Humanitarian.Beneficiaries.Sponsorships;

public sealed class SponsorshipDto : AuditedEntityDto<Guid>, IHasConcurrencyStamp
{
    public Guid HumanitarianAddressId { get; set; }

    /// <summary>The address's name (the person's or the facility's).</summary>
    public string HumanitarianAddressName { get; set; } = "";

    public SponsorKind SponsorKind { get; set; }
    public Guid? SponsorId { get; set; }

    /// <summary>The sponsor's name: the unit's or member's as Organization has it when the sponsorship was recorded, or as typed for <c>Other</c>.</summary>
    public string SponsorName { get; set; } = "";

    public SupportKind Kind { get; set; }

    /// <summary>The needs it covers; none means general support (which covers every need).</summary>
    public IReadOnlyList<AddressNeed> Needs { get; set; } = [];

    public long MonthlyValue { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public string? Note { get; set; }

    /// <summary>Today (Asia/Ho_Chi_Minh) is within its period.</summary>
    public bool IsActive { get; set; }

    /// <summary>The VND value of its deliveries so far.</summary>
    public long DeliveredValue { get; set; }

    /// <summary>The day by which the next month's support is due; null once the whole term is delivered.</summary>
    public DateOnly? NextDueDate { get; set; }

    /// <summary>Its deliveries fall behind its commitment: a month it committed to has ended without its value delivered.</summary>
    public bool IsBehind { get; set; }

    /// <summary>Other current sponsorships of the same address, by another sponsor, for a same need: support that overlaps.</summary>
    public IReadOnlyList<Guid> OverlapsWith { get; set; } = [];

    public string ConcurrencyStamp { get; set; } = "";
}

public class UpdateSponsorshipDto
{
    [EnumDataType(typeof(SupportKind))]
    public SupportKind Kind { get; set; } = SupportKind.Cash;

    [MaxLength(16)]
    public List<AddressNeed> Needs { get; set; } = [];

    [Range(1, SponsorshipConsts.MaxValue)]
    public long MonthlyValue { get; set; }

    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }

    [StringLength(SponsorshipConsts.MaxNoteLength)]
    public string? Note { get; set; }

    [StringLength(40)]
    public string? ConcurrencyStamp { get; set; }
}

/// <summary>The address and the sponsor are fixed at creation: a new sponsor is a new sponsorship.</summary>
public sealed class CreateSponsorshipDto : UpdateSponsorshipDto
{
    public Guid HumanitarianAddressId { get; set; }

    [EnumDataType(typeof(SponsorKind))]
    public SponsorKind SponsorKind { get; set; }

    /// <summary>The unit, committee member or donor; not for <see cref="SponsorKind.Other"/>.</summary>
    public Guid? SponsorId { get; set; }

    /// <summary>The sponsor's name for <see cref="SponsorKind.Other"/>; the others are named from their records.</summary>
    [StringLength(SponsorshipConsts.MaxSponsorNameLength)]
    public string? SponsorName { get; set; }
}

public sealed class SponsorshipListInput : PagedAndSortedFilterRequestDto
{
    public Guid? HumanitarianAddressId { get; set; }

    [EnumDataType(typeof(SponsorKind))]
    public SponsorKind? SponsorKind { get; set; }

    public Guid? SponsorId { get; set; }

    /// <summary>True: current ones only; false: ended or not yet started.</summary>
    public bool? IsActive { get; set; }

    /// <summary>True: those behind their commitment only.</summary>
    public bool? IsBehind { get; set; }

    /// <summary>True: those overlapping another sponsor's only.</summary>
    public bool? Overlapping { get; set; }
}
