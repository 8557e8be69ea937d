using System.ComponentModel.DataAnnotations;
using Humanitarian.Organization.Units;

namespace Humanitarian.Organization.Services.Excel;

/// <summary>What a row of the unit list asks for: a unit (with its row's contact), or one more contact of a unit above.</summary>
public interface IUnitImportItem;

/// <summary>The row declaring a unit: the API's input, with parent and area named by their codes.</summary>
public sealed class UnitImportInput : CreateUnitDto, IUnitImportItem
{
    [StringLength(UnitConsts.MaxCodeLength)]
    public string? ParentCode { get; set; }

    [StringLength(UnitConsts.MaxCodeLength)]
    public string? AdministrativeAreaCode { get; set; }

    /// <summary>The contact on the same row, if any.</summary>
    public CreateUnitContactDto? Contact { get; set; }
}

/// <summary>A later row of a unit's code that adds a contact to it.</summary>
public sealed class UnitContactImportInput : CreateUnitContactDto, IUnitImportItem
{
    public string UnitCode { get; set; } = "";
}
