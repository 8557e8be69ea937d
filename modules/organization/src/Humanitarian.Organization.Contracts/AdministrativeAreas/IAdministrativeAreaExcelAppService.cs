using Humanitarian.Framework.Application;
using Humanitarian.Framework.Excel;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Organization.AdministrativeAreas;

public interface IAdministrativeAreaExcelAppService : IApplicationService
{
    /// <summary>
    /// Imports the statistics office's list (code, name, level, parent code); an existing code is
    /// updated rather than refused.
    /// </summary>
    Task<ExcelImportResultDto> ImportExcelAsync(IFormFile? file, ExcelImportMode mode = ExcelImportMode.AllOrNothing, bool dryRun = false);

    /// <summary>The tenant's communes and wards merged into others or renamed (2025), as a report.</summary>
    Task<FileContentResult> ExportReorganisationExcelAsync();
}
