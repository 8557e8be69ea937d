using System.ComponentModel.DataAnnotations;

namespace Humanitarian.Beneficiaries.Addresses;

/// <summary>The filters of the address list; its Excel export takes the same.</summary>
public interface IHumanitarianAddressFilter
{
    string? Filter { get; }
    HumanitarianAddressKind? Kind { get; }
    AddressCategory? Category { get; }
    AddressNeed? Need { get; }
    AddressStatus? Status { get; }
    Guid? CommuneId { get; }
    Guid? SurveyingUnitId { get; }

    /// <summary>Only addresses with a probable duplicate in the tenant.</summary>
    bool? DuplicatesOnly { get; }
}

/// <summary>The filters of the address list, without paging: what the counts by commune count.</summary>
public class HumanitarianAddressFilterDto : IHumanitarianAddressFilter
{
    [StringLength(256)]
    public string? Filter { get; set; }

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
    public bool? DuplicatesOnly { get; set; }
}

/// <summary>The list's filters and order, without paging: an export has every matching address.</summary>
public sealed class HumanitarianAddressExcelExportInput : HumanitarianAddressFilterDto
{
    /// <summary>"name" (default), "birthYear desc"...: the list's sort keys.</summary>
    [StringLength(256)]
    public string? Sorting { get; set; }
}
