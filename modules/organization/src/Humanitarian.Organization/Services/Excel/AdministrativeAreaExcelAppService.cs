using System.Globalization;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Framework.Content;
using Humanitarian.Framework.Data;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Excel;
using Humanitarian.Framework.Excel.Import;
using Humanitarian.Framework.Timing;
using Humanitarian.Framework.Users;
using Humanitarian.Organization.AdministrativeAreas;
using Humanitarian.Organization.Entities;
using Humanitarian.Organization.Localization;
using Humanitarian.Organization.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Organization.Services.Excel;

/// <summary>
/// The statistics office's list of areas into the tenant's reference data, and the report of the
/// areas merged or renamed, beside the area API.
/// </summary>
[Authorize(OrganizationPermissions.AdministrativeAreas.Default)]
public sealed class AdministrativeAreaExcelAppService(
    AdministrativeAreaImportDefinition importDefinition,
    ExcelImports imports,
    IRepository<AdministrativeArea, Guid> areas,
    IDataFilter dataFilter,
    IExternalUserLookupServiceProvider users,
    TimeProvider clock,
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
        IRemoteStreamContent? file,
        [FromForm] ExcelImportMode mode = ExcelImportMode.AllOrNothing,
        [FromForm] bool dryRun = false) =>
        await imports.ImportNowAsync(importDefinition, file, mode, dryRun);

    /// <summary>
    /// One row per merged area (when, by whom, into which) and per renamed one (its former names), so the
    /// reorganisation of communes and wards can be handed on like the tenants' own report.
    /// </summary>
    [HttpGet("api/app/administrative-area/export-reorganisation-excel")]
    public async Task<IRemoteStreamContent> ExportReorganisationExcelAsync()
    {
        List<AdministrativeArea> all;
        using (dataFilter.Disable<ISoftDelete>())
        {
            all = await (await areas.GetQueryableAsync()).AsNoTracking()
                .Where(a => a.MergedIntoId != null || a.FormerNames != null).OrderBy(a => a.Code).ToListAsync();
            var targetIds = all.Select(a => a.MergedIntoId).OfType<Guid>().Except(all.Select(a => a.Id)).ToList();
            all.AddRange(await (await areas.GetQueryableAsync()).AsNoTracking().Where(a => targetIds.Contains(a.Id)).ToListAsync());
        }
        var byId = all.ToDictionary(a => a.Id);
        var deleters = new Dictionary<Guid, string?>();
        foreach (var deleter in all.Select(a => a.DeleterId).OfType<Guid>().Distinct())
        {
            deleters[deleter] = (await users.FindByIdAsync(deleter))?.UserName;
        }
        var sheet = new ExcelExport(l["Excel:Sheet:AreaReorganisation"])
            .Text(l["Excel:AreaReorganisation:Kind"]).Text(l["Excel:Area:Code"]).Text(l["Excel:AreaReorganisation:Former"])
            .Text(l["Excel:AreaReorganisation:Now"]).Date(l["Excel:AreaReorganisation:Date"]).Text(l["Excel:AreaReorganisation:By"]);
        foreach (var merged in all.Where(a => a.MergedIntoId is not null))
        {
            var target = byId.GetValueOrDefault(merged.MergedIntoId!.Value);
            var by = merged.DeleterId is { } deleter ? deleters[deleter] : null;
            sheet.Add(l["Excel:AreaReorganisation:Merged"].Value, merged.Code, merged.Name,
                target is null ? null : $"{target.Code} – {target.Name}",
                merged.DeletionTime is { } when ? VietnamTime.FromUtc(when).Date : null, by);
        }
        foreach (var renamed in all.Where(a => a.FormerNames is not null && !a.IsDeleted))
        {
            sheet.Add(l["Excel:AreaReorganisation:Renamed"].Value, renamed.Code, renamed.FormerNames, $"{renamed.Code} – {renamed.Name}", null, null);
        }
        return sheet.ToFile(l["Excel:File:AreaReorganisation",
            VietnamCalendar.Today(clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
    }
}
