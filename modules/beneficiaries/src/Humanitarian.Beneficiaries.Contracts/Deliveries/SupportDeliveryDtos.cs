using System.ComponentModel.DataAnnotations;
using Humanitarian.Beneficiaries.Sponsorships;
using Humanitarian.Framework.Application;

namespace Humanitarian.Beneficiaries.Deliveries;

/// <summary>What was actually given under a sponsorship (hỗ trợ đã trao).</summary>
public sealed class SupportDeliveryDto : CreationAuditedEntityDto<Guid>
{
    public Guid SponsorshipId { get; set; }
    public Guid HumanitarianAddressId { get; set; }
    public string HumanitarianAddressName { get; set; } = "";
    public string SponsorName { get; set; } = "";
    public DateOnly Date { get; set; }
    public DeliveryKind Kind { get; set; }

    /// <summary>VND: the cash given, or the goods' estimated value.</summary>
    public long Value { get; set; }

    public string? Description { get; set; }
}

public sealed class CreateSupportDeliveryDto
{
    public Guid SponsorshipId { get; set; }
    public DateOnly Date { get; set; }

    [EnumDataType(typeof(DeliveryKind))]
    public DeliveryKind Kind { get; set; } = DeliveryKind.Cash;

    [Range(1, SponsorshipConsts.MaxValue)]
    public long Value { get; set; }

    [StringLength(SponsorshipConsts.MaxDescriptionLength)]
    public string? Description { get; set; }
}

public sealed class SupportDeliveryListInput : PagedAndSortedFilterRequestDto
{
    public Guid? SponsorshipId { get; set; }
    public Guid? HumanitarianAddressId { get; set; }

    /// <summary>First day included.</summary>
    public DateOnly? From { get; set; }

    /// <summary>Last day included.</summary>
    public DateOnly? To { get; set; }
}
