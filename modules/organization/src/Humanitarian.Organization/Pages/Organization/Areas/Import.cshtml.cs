using Humanitarian.Framework.AspNetCore.Mvc.UI.Excel;
using Humanitarian.Framework.Excel.Import;
using Humanitarian.Organization.AdministrativeAreas;
using Humanitarian.Organization.Permissions;
using Humanitarian.Organization.Services.Excel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Organization.Pages.Organization.Areas;

/// <summary>The statistics office's list of areas from an Excel sheet; an existing code is updated. The report is shown here.</summary>
[Authorize(OrganizationPermissions.AdministrativeAreas.Manage)]
public sealed class ImportModel(
    IAdministrativeAreaExcelAppService areaExcelAppService, AdministrativeAreaImportDefinition importDefinition) : ExcelImportPageModel
{
    protected override IExcelImportDefinition Definition => importDefinition;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Result = await areaExcelAppService.ImportExcelAsync(Input.File, Input.Mode, Input.DryRun);
        WasDryRun = Input.DryRun;
        return Page();
    }
}
