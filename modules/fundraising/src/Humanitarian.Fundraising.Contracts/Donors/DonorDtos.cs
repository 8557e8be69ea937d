using System.ComponentModel.DataAnnotations;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;

namespace Humanitarian.Fundraising.Donors;

public enum DonorKind
{
    Individual,
    Business,
    Organization,
    Agency,
}

public sealed class DonorDto : AuditedEntityDto<Guid>, IHasConcurrencyStamp
{
    public string Name { get; set; } = "";
    public DonorKind Kind { get; set; }

    /// <summary>A foreign person or organisation (its gifts may come in another currency).</summary>
    public bool IsForeign { get; set; }

    public string? TaxCode { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }

    /// <summary>Gives without being named anywhere, even with consent.</summary>
    public bool IsAnonymous { get; set; }

    /// <summary>Consented to the name being published (Decree 13/2023/NĐ-CP); false until recorded.</summary>
    public bool PublishName { get; set; }

    /// <summary>When that consent (or its withdrawal) was recorded, and by whom.</summary>
    public DateTime? PublishNameRecordedTime { get; set; }

    public string? PublishNameRecordedBy { get; set; }

    public string ConcurrencyStamp { get; set; } = "";
}

public class UpdateDonorDto
{
    [Required]
    [StringLength(FundraisingConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    [EnumDataType(typeof(DonorKind))]
    public DonorKind Kind { get; set; } = DonorKind.Individual;

    public bool IsForeign { get; set; }

    /// <summary>Vietnamese tax code: 10 digits, or 10 digits, a dash and 3 for a branch.</summary>
    [StringLength(14)]
    public string? TaxCode { get; set; }

    [StringLength(20)]
    public string? Phone { get; set; }

    [StringLength(256)]
    [EmailAddress]
    public string? Email { get; set; }

    [StringLength(FundraisingConsts.MaxTextLength)]
    public string? Address { get; set; }

    public bool IsAnonymous { get; set; }

    public bool PublishName { get; set; }

    [StringLength(40)]
    public string? ConcurrencyStamp { get; set; }
}

public sealed class CreateDonorDto : UpdateDonorDto;

public sealed class DonorListInput : PagedAndSortedFilterRequestDto
{
    [EnumDataType(typeof(DonorKind))]
    public DonorKind? Kind { get; set; }

    /// <summary>Only donors with a probable duplicate not yet reviewed.</summary>
    public bool? PossibleDuplicates { get; set; }
}
