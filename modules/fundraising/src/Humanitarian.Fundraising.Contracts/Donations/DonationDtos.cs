using System.ComponentModel.DataAnnotations;
using Humanitarian.Framework.Application;

namespace Humanitarian.Fundraising.Donations;

/// <summary>Money, or goods valued in VND (meals, scholarships, books, clothes).</summary>
public enum DonationKind
{
    Cash,
    InKind,
}

public sealed class DonationDto : CreationAuditedEntityDto<Guid>
{
    public Guid FundId { get; set; }
    public string FundName { get; set; } = "";
    public Guid? DonorId { get; set; }
    public string? DonorName { get; set; }
    public DateOnly Date { get; set; }

    /// <summary><c>YYYY/NNNNNN</c>: the year of the date and a number per fund and year without gaps.</summary>
    public string ReceiptNumber { get; set; } = "";

    public DonationKind Kind { get; set; }

    /// <summary>VND; for a gift in another currency, fixed at receipt from its amount and rate; for goods, their estimated value.</summary>
    public long Amount { get; set; }

    public string? Currency { get; set; }
    public decimal? ForeignAmount { get; set; }
    public decimal? ExchangeRate { get; set; }
    public string? Description { get; set; }
    public Guid? CollectingUnitId { get; set; }
    public Guid? CreditedUnitId { get; set; }
    public Guid? CampaignId { get; set; }
    public Guid? PledgeId { get; set; }
    public string? Restriction { get; set; }
    public bool IsCancelled { get; set; }
    public string? CancellationReason { get; set; }
    public DateTime? CancellationTime { get; set; }
}

public class CreateDonationDto
{
    public Guid FundId { get; set; }

    /// <summary>None: a gift whose giver is unknown (a donation box).</summary>
    public Guid? DonorId { get; set; }

    /// <summary>The day it was received; its year numbers the receipt.</summary>
    public DateOnly Date { get; set; }

    [EnumDataType(typeof(DonationKind))]
    public DonationKind Kind { get; set; } = DonationKind.Cash;

    /// <summary>VND. For a foreign currency leave it out: it is fixed from <see cref="ForeignAmount"/> × <see cref="ExchangeRate"/>.</summary>
    [Range(1, FundraisingConsts.MaxAmount)]
    public long? Amount { get; set; }

    /// <summary>ISO 4217 (USD, EUR…); none or VND means đồng.</summary>
    [StringLength(3, MinimumLength = 3)]
    public string? Currency { get; set; }

    // Limits read in the invariant culture: in Vietnamese "0.01" would be read as 1.
    [Range(typeof(decimal), "0.01", "1000000000000", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public decimal? ForeignAmount { get; set; }

    /// <summary>VND per unit of the currency on the day of receipt.</summary>
    [Range(typeof(decimal), "0.000001", "10000000", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public decimal? ExchangeRate { get; set; }

    /// <summary>Required for goods: what was given.</summary>
    [StringLength(FundraisingConsts.MaxTextLength)]
    public string? Description { get; set; }

    public Guid? CollectingUnitId { get; set; }

    /// <summary>The unit that mobilised it: its figures count it even when the money goes to a higher level's fund.</summary>
    public Guid? CreditedUnitId { get; set; }

    public Guid? CampaignId { get; set; }

    /// <summary>The donor's pledge to the same fund that it fulfils.</summary>
    public Guid? PledgeId { get; set; }

    /// <summary>What the giver asked it to be spent on ("trẻ em xã Phước Hà"): only a disbursement for it may spend it.</summary>
    [StringLength(FundraisingConsts.MaxRestrictionLength)]
    public string? Restriction { get; set; }
}

public sealed class CancelDonationDto
{
    [Required]
    [StringLength(FundraisingConsts.MaxReasonLength)]
    public string Reason { get; set; } = "";
}

public sealed class DonationListInput : PagedAndSortedFilterRequestDto
{
    public Guid? FundId { get; set; }
    public Guid? DonorId { get; set; }
    public Guid? CreditedUnitId { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public bool? IsCancelled { get; set; }
}
