using Humanitarian.Framework.AspNetCore.Mvc.UI.Excel;
using Humanitarian.Framework.Excel.Import;
using Humanitarian.Organization.Permissions;
using Humanitarian.Organization.Services.Excel;
using Humanitarian.Organization.Units;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Organization.Pages.Organization.Units;

/// <summary>A background unit import: its progress while it runs, then its report or why it failed.</summary>
[Authorize(OrganizationPermissions.Units.Create)]
public sealed class ImportProgressModel(IUnitExcelAppService unitExcelAppService, UnitImportDefinition importDefinition) : ExcelImportPageModel
{
    [BindProperty(SupportsGet = true, Name = "operationId")]
    public Guid OperationId { get; set; }

    protected override IExcelImportDefinition Definition => importDefinition;

    public async Task<IActionResult> OnGetAsync()
    {
        if (OperationId == Guid.Empty)
        {
            return RedirectToPage("Import");
        }
        ShowProgress(await unitExcelAppService.GetImportProgressAsync(OperationId));
        return Page();
    }
}
