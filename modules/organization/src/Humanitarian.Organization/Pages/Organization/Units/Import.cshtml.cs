using Humanitarian.Framework.AspNetCore.Mvc.UI.Excel;
using Humanitarian.Framework.Excel.Import;
using Humanitarian.Organization.Permissions;
using Humanitarian.Organization.Services.Excel;
using Humanitarian.Organization.Units;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Organization.Pages.Organization.Units;

/// <summary>
/// Units and contacts from an Excel sheet: a small file is imported within the request and its report
/// shown here; a large one runs in the background and its progress page is shown instead.
/// </summary>
[Authorize(OrganizationPermissions.Units.Create)]
public sealed class ImportModel(IUnitExcelAppService unitExcelAppService, UnitImportDefinition importDefinition) : ExcelImportPageModel
{
    protected override IExcelImportDefinition Definition => importDefinition;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync() =>
        ShowAnswer(await unitExcelAppService.ImportExcelAsync(Input.File, Input.Mode, Input.DryRun));
}
