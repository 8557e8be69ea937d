using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Permissions;
using Humanitarian.Beneficiaries.Services.Excel;
using Humanitarian.Framework.AspNetCore.Mvc.UI.Excel;
using Humanitarian.Framework.Excel.Import;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Beneficiaries.Pages.Beneficiaries.Addresses;

/// <summary>
/// A unit's survey list from an Excel sheet: a small file is imported within the request and its report
/// shown here; a large one runs in the background and its progress page is shown instead.
/// </summary>
[Authorize(BeneficiariesPermissions.Addresses.Create)]
public sealed class ImportModel(IHumanitarianAddressExcelAppService excelAppService, HumanitarianAddressImportDefinition importDefinition)
    : ExcelImportPageModel
{
    protected override IExcelImportDefinition Definition => importDefinition;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync() =>
        ShowAnswer(await excelAppService.ImportExcelAsync(Input.File, Input.Mode, Input.DryRun));
}
