using System.ComponentModel.DataAnnotations;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;

namespace Humanitarian.Organization.Units;

public sealed class UnitDto : AuditedEntityDto<Guid>, IHasConcurrencyStamp
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public UnitKind Kind { get; set; }
    public Guid? ParentId { get; set; }
    public Guid? AdministrativeAreaId { get; set; }
    public bool IsActive { get; set; }
    public IReadOnlyList<UnitContactDto> Contacts { get; set; } = [];
    public string ConcurrencyStamp { get; set; } = "";
}

public class CreateUnitDto
{
    [Required, StringLength(UnitConsts.MaxCodeLength)]
    public string Code { get; set; } = "";

    [Required, StringLength(UnitConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    [Required, EnumDataType(typeof(UnitKind))]
    public UnitKind? Kind { get; set; }

    /// <summary>The unit above this one in the tenant; none for a top-level unit.</summary>
    public Guid? ParentId { get; set; }

    /// <summary>The commune/ward (or district) the unit belongs to, where relevant.</summary>
    public Guid? AdministrativeAreaId { get; set; }

    public bool IsActive { get; set; } = true;
}

public sealed class UpdateUnitDto : CreateUnitDto
{
    [StringLength(40)]
    public string? ConcurrencyStamp { get; set; }
}

public sealed class UnitListInput : PagedAndSortedFilterRequestDto
{
    /// <summary>Only the direct children of this unit.</summary>
    public Guid? ParentId { get; set; }

    [EnumDataType(typeof(UnitKind))]
    public UnitKind? Kind { get; set; }

    public bool? IsActive { get; set; }
}
