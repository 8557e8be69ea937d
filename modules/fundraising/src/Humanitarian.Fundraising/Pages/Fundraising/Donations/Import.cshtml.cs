using Humanitarian.Framework.AspNetCore.Mvc.UI.Excel;
using Humanitarian.Framework.Excel.Import;
using Humanitarian.Fundraising.Donations;
using Humanitarian.Fundraising.Permissions;
using Humanitarian.Fundraising.Services.Donations.Excel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Fundraising.Pages.Fundraising.Donations;

/// <summary>
/// A list of donations or a bank statement from an Excel sheet: a small file is recorded within the
/// request and its report shown here; a large one runs in the background and its progress page is shown instead.
/// </summary>
[Authorize(FundraisingPermissions.Donations.Create)]
public sealed class ImportModel(IDonationExcelAppService excelAppService, DonationImportDefinition importDefinition) : ExcelImportPageModel
{
    protected override IExcelImportDefinition Definition => importDefinition;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync() =>
        ShowAnswer(await excelAppService.ImportExcelAsync(Input.File, Input.Mode, Input.DryRun));
}
