using Humanitarian.Framework.Application;
using Humanitarian.Framework.Excel;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Organization.Units;

/// <summary>Units and their contacts in and out of Excel (.xlsx), at <c>/api/app/unit/…</c>.</summary>
public interface IUnitExcelAppService : IApplicationService
{
    /// <summary>The units matching the list's filters, one row each, with Vietnamese headers.</summary>
    Task<FileContentResult> ExportExcelAsync(UnitExcelExportInput input);

    /// <summary>The contacts of the units matching the list's filters, one row each.</summary>
    Task<FileContentResult> ExportContactsExcelAsync(UnitExcelExportInput input);

    /// <summary>
    /// Checks every row and writes units and contacts (or nothing, by <paramref name="mode"/>). Answers
    /// 200 with an <see cref="ExcelImportResultDto"/>, or, for more than
    /// <see cref="ExcelImportConsts.BackgroundImportThreshold"/> rows, 202 with an <see cref="ExcelImportOperationDto"/>.
    /// </summary>
    Task<IActionResult> ImportExcelAsync(IFormFile? file, ExcelImportMode mode = ExcelImportMode.AllOrNothing, bool dryRun = false);

    Task<ExcelImportProgressDto> GetImportProgressAsync(Guid operationId);
}
