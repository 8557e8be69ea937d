using System.ComponentModel.DataAnnotations;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;

namespace Humanitarian.Beneficiaries.Addresses;

/// <summary>
/// A humanitarian address as the API shows it. Without <c>Humanitarian.Beneficiaries.SensitiveData</c>,
/// <see cref="NationalId"/> and <see cref="HealthDetails"/> are null and <c>HivAids</c> is not in
/// <see cref="Categories"/>.
/// </summary>
public sealed class HumanitarianAddressDto : AuditedEntityDto<Guid>, IHasConcurrencyStamp
{
    public HumanitarianAddressKind Kind { get; set; }

    /// <summary>The person's full name, or the facility's name (also in <see cref="Name"/>).</summary>
    public string FullName { get; set; } = "";

    public string Name { get; set; } = "";
    public int? BirthYear { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public Sex? Sex { get; set; }
    public string? NationalId { get; set; }
    public string? Phone { get; set; }
    public string? Address { get; set; }

    /// <summary>The commune or ward's name; <see cref="CommuneId"/> when it is one of the tenant's administrative areas.</summary>
    public string? Commune { get; set; }

    public Guid? CommuneId { get; set; }
    public IReadOnlyList<AddressCategory> Categories { get; set; } = [];
    public IReadOnlyList<AddressNeed> Needs { get; set; } = [];
    public string? Circumstances { get; set; }
    public string? HealthDetails { get; set; }

    /// <summary>What the address would need each month (VND), for the needs catalogue.</summary>
    public long? MonthlyValueSought { get; set; }

    public FacilityKind? FacilityKind { get; set; }
    public int? Capacity { get; set; }
    public Guid? SurveyingUnitId { get; set; }
    public DateOnly? SurveyDate { get; set; }
    public AddressStatus Status { get; set; }
    public bool ConsentToSurvey { get; set; }
    public bool ConsentToShare { get; set; }
    public bool ConsentToPublish { get; set; }

    /// <summary>When each consent was recorded, and by whom: Decree 13/2023/NĐ-CP.</summary>
    public IReadOnlyList<ConsentRecordDto> Consents { get; set; } = [];

    public string ConcurrencyStamp { get; set; } = "";
}

public sealed class ConsentRecordDto
{
    /// <summary><c>Survey</c>, <c>Share</c> or <c>Publish</c>.</summary>
    public string Purpose { get; set; } = "";

    public bool Given { get; set; }
    public DateTime RecordedTime { get; set; }
    public Guid? RecordedBy { get; set; }
}

public class CreateHumanitarianAddressDto
{
    [EnumDataType(typeof(HumanitarianAddressKind))]
    public HumanitarianAddressKind Kind { get; set; } = HumanitarianAddressKind.Person;

    /// <summary>A person's full name; for a facility, <see cref="Name"/> (either is accepted for both).</summary>
    [StringLength(HumanitarianAddressConsts.MaxNameLength)]
    public string? FullName { get; set; }

    [StringLength(HumanitarianAddressConsts.MaxNameLength)]
    public string? Name { get; set; }

    public int? BirthYear { get; set; }
    public DateOnly? DateOfBirth { get; set; }

    [EnumDataType(typeof(Sex))]
    public Sex? Sex { get; set; }

    /// <summary>CCCD (12 digits) or CMND (9 digits); spaces, dots and dashes are ignored.</summary>
    [StringLength(HumanitarianAddressConsts.MaxNationalIdInputLength)]
    public string? NationalId { get; set; }

    [StringLength(HumanitarianAddressConsts.MaxPhoneLength)]
    public string? Phone { get; set; }

    [StringLength(HumanitarianAddressConsts.MaxAddressLineLength)]
    public string? Address { get; set; }

    /// <summary>The commune or ward by name; matched to the tenant's administrative areas when one has it.</summary>
    [StringLength(HumanitarianAddressConsts.MaxCommuneLength)]
    public string? Commune { get; set; }

    /// <summary>The commune or ward by id (one of the tenant's administrative areas); wins over <see cref="Commune"/>.</summary>
    public Guid? CommuneId { get; set; }

    [MaxLength(16)]
    public List<AddressCategory> Categories { get; set; } = [];

    [MaxLength(16)]
    public List<AddressNeed> Needs { get; set; } = [];

    [StringLength(HumanitarianAddressConsts.MaxTextLength)]
    public string? Circumstances { get; set; }

    [StringLength(HumanitarianAddressConsts.MaxTextLength)]
    public string? HealthDetails { get; set; }

    [Range(0, HumanitarianAddressConsts.MaxMonthlyValue)]
    public long? MonthlyValueSought { get; set; }

    [EnumDataType(typeof(FacilityKind))]
    public FacilityKind? FacilityKind { get; set; }

    [Range(1, HumanitarianAddressConsts.MaxCapacity)]
    public int? Capacity { get; set; }

    public Guid? SurveyingUnitId { get; set; }
    public DateOnly? SurveyDate { get; set; }

    [EnumDataType(typeof(AddressStatus))]
    public AddressStatus? Status { get; set; }

    public bool ConsentToSurvey { get; set; }
    public bool ConsentToShare { get; set; }
    public bool ConsentToPublish { get; set; }
}

/// <summary>
/// The whole record again. Sent by someone without the sensitive-data permission, the sensitive fields
/// must be left empty (as that user was shown them) and the stored ones stay.
/// </summary>
public sealed class UpdateHumanitarianAddressDto : CreateHumanitarianAddressDto
{
    [StringLength(40)]
    public string? ConcurrencyStamp { get; set; }
}

public sealed class HumanitarianAddressListInput : PagedAndSortedFilterRequestDto, IHumanitarianAddressFilter
{
    [EnumDataType(typeof(HumanitarianAddressKind))]
    public HumanitarianAddressKind? Kind { get; set; }

    [EnumDataType(typeof(AddressCategory))]
    public AddressCategory? Category { get; set; }

    [EnumDataType(typeof(AddressNeed))]
    public AddressNeed? Need { get; set; }

    [EnumDataType(typeof(AddressStatus))]
    public AddressStatus? Status { get; set; }

    public Guid? CommuneId { get; set; }
    public Guid? SurveyingUnitId { get; set; }

    /// <summary>True: only those another address of the tenant may repeat (see possible-duplicates).</summary>
    public bool? DuplicatesOnly { get; set; }
}

public sealed class PossibleDuplicateDto
{
    public Guid Id { get; set; }
    public string FullName { get; set; } = "";
    public int? BirthYear { get; set; }
    public string? Commune { get; set; }
    public DuplicateReason Reason { get; set; }
}

/// <summary>How many of the addresses the caller may see are in a status (statuses with none are left out).</summary>
public sealed class AddressStatusCountDto
{
    public AddressStatus Status { get; set; }
    public long Count { get; set; }
}

public sealed class AddressCommuneCountDto
{
    public string? Commune { get; set; }
    public long Count { get; set; }
}
