using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Permissions;
using Humanitarian.Beneficiaries.Services.Excel;
using Humanitarian.Framework.AspNetCore.Mvc.UI.Excel;
using Humanitarian.Framework.Excel.Import;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Beneficiaries.Pages.Beneficiaries.Addresses;

/// <summary>A background address import: its progress while it runs, then its report or why it failed.</summary>
[Authorize(BeneficiariesPermissions.Addresses.Create)]
public sealed class ImportProgressModel(IHumanitarianAddressExcelAppService excelAppService, HumanitarianAddressImportDefinition importDefinition)
    : ExcelImportPageModel
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
        ShowProgress(await excelAppService.GetImportProgressAsync(OperationId));
        return Page();
    }
}
