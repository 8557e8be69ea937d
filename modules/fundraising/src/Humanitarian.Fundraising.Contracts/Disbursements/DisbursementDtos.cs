using System.ComponentModel.DataAnnotations;
using Humanitarian.Framework.Application;

namespace Humanitarian.Fundraising.Disbursements;

/// <summary>Who money or goods from a fund went to.</summary>
public enum DisbursementRecipientKind
{
    /// <summary>A programme by its name (a scholarship drive, a Tết gift programme).</summary>
    Programme,

    /// <summary>One of Organization's units, to pass on.</summary>
    Unit,

    /// <summary>A humanitarian address of Beneficiaries.</summary>
    HumanitarianAddress,
}

public enum DisbursementKind
{
    Cash,
    Goods,
}

public sealed class DisbursementDto : CreationAuditedEntityDto<Guid>
{
    public Guid FundId { get; set; }
    public string FundName { get; set; } = "";
    public DateOnly Date { get; set; }
    public long Amount { get; set; }
    public DisbursementKind Kind { get; set; }
    public string Purpose { get; set; } = "";
    public string? Restriction { get; set; }
    public DisbursementRecipientKind RecipientKind { get; set; }
    public Guid? UnitId { get; set; }
    public Guid? HumanitarianAddressId { get; set; }

    /// <summary>The decision document (Organization) that approved it.</summary>
    public Guid? DecisionDocumentId { get; set; }
}

public sealed class CreateDisbursementDto
{
    public Guid FundId { get; set; }
    public DateOnly Date { get; set; }

    [Range(1, FundraisingConsts.MaxAmount)]
    public long Amount { get; set; }

    [EnumDataType(typeof(DisbursementKind))]
    public DisbursementKind Kind { get; set; } = DisbursementKind.Cash;

    /// <summary>What it is for, as the public statement shows it (a programme's name; never a person's).</summary>
    [Required]
    [StringLength(FundraisingConsts.MaxTextLength)]
    public string Purpose { get; set; } = "";

    /// <summary>Spend the money given for this purpose; none spends the fund's unrestricted money.</summary>
    [StringLength(FundraisingConsts.MaxRestrictionLength)]
    public string? Restriction { get; set; }

    [EnumDataType(typeof(DisbursementRecipientKind))]
    public DisbursementRecipientKind RecipientKind { get; set; } = DisbursementRecipientKind.Programme;

    /// <summary>For <see cref="DisbursementRecipientKind.Unit"/>.</summary>
    public Guid? UnitId { get; set; }

    /// <summary>For <see cref="DisbursementRecipientKind.HumanitarianAddress"/>.</summary>
    public Guid? HumanitarianAddressId { get; set; }

    public Guid? DecisionDocumentId { get; set; }
}

public sealed class DisbursementListInput : PagedAndSortedFilterRequestDto
{
    public Guid? FundId { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}
