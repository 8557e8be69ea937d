using System.ComponentModel.DataAnnotations;
using Humanitarian.Organization.AdministrativeAreas;

namespace Humanitarian.Organization.Services.Excel;

/// <summary>A row of the list of areas: the API's input, with the parent named by its code.</summary>
public sealed class AdministrativeAreaImportInput : CreateAdministrativeAreaDto
{
    [StringLength(AdministrativeAreaConsts.MaxCodeLength)]
    public string? ParentCode { get; set; }
}
