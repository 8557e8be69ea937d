using Humanitarian.Framework.Application;
using Humanitarian.Organization.AdministrativeAreas;
using Humanitarian.Organization.Excel;
using Humanitarian.Organization.Localization;
using Humanitarian.Organization.Permissions;
using Humanitarian.Organization.Services.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Organization.Services.Excel;

/// <summary>The statistics office's list of areas into the tenant's reference data, beside the area API.</summary>
[Authorize(OrganizationPermissions.AdministrativeAreas.Default)]
public sealed class AdministrativeAreaExcelAppService(
    AdministrativeAreaImporter importer,
    IHttpContextAccessor httpContextAccessor,
    IStringLocalizer<OrganizationResource> l) : ApplicationService, IAdministrativeAreaExcelAppService
{
    /// <summary>
    /// Multipart: <c>file</c> (.xlsx with columns Mã, Tên, Cấp, Mã cấp trên, or code, name, level,
    /// parentCode), <c>mode</c> and <c>dryRun</c>. A province's list is a few hundred rows: checked and
    /// written within the request, in its unit of work.
    /// </summary>
    [HttpPost("api/app/administrative-area/import-excel")]
    [Authorize(OrganizationPermissions.AdministrativeAreas.Manage)]
    public async Task<ExcelImportResultDto> ImportExcelAsync(
        [FromFormFile] IFormFile? file,
        [FromForm] ExcelImportMode mode = ExcelImportMode.AllOrNothing,
        [FromForm] bool dryRun = false)
    {
        var cancellationToken = httpContextAccessor.HttpContext?.RequestAborted ?? CancellationToken.None;
        var rows = importer.Read(await ExcelUpload.ReadAsync(file, l, cancellationToken));
        return await importer.ImportAsync(rows, mode, dryRun, cancellationToken);
    }
}
