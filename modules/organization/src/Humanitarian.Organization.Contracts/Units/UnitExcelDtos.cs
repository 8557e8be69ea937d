using System.ComponentModel.DataAnnotations;

namespace Humanitarian.Organization.Units;

/// <summary>The filters of the unit list, without paging: an export has every matching unit.</summary>
public sealed class UnitExcelExportInput
{
    [StringLength(256)]
    public string? Filter { get; set; }

    /// <summary>"code" (default), "name desc"...: the list's sort keys.</summary>
    [StringLength(256)]
    public string? Sorting { get; set; }

    /// <summary>Only the direct children of this unit.</summary>
    public Guid? ParentId { get; set; }

    [EnumDataType(typeof(UnitKind))]
    public UnitKind? Kind { get; set; }

    public bool? IsActive { get; set; }
}
