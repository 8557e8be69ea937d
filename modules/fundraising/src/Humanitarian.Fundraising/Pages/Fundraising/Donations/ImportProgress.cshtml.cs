using Humanitarian.Framework.AspNetCore.Mvc.UI.Excel;
using Humanitarian.Framework.Excel.Import;
using Humanitarian.Fundraising.Donations;
using Humanitarian.Fundraising.Permissions;
using Humanitarian.Fundraising.Services.Donations.Excel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Fundraising.Pages.Fundraising.Donations;

/// <summary>A background donation import: its progress while it runs, then its report or why it failed.</summary>
[Authorize(FundraisingPermissions.Donations.Create)]
public sealed class ImportProgressModel(IDonationExcelAppService excelAppService, DonationImportDefinition importDefinition) : ExcelImportPageModel
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
