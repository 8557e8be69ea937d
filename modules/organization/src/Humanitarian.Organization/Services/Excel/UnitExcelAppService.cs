using System.Globalization;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.BackgroundJobs;
using Humanitarian.Framework.Content;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Excel;
using Humanitarian.Framework.Excel.Import;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Threading;
using Humanitarian.Framework.Timing;
using Humanitarian.Framework.Users;
using Humanitarian.Organization.Entities;
using Humanitarian.Organization.Localization;
using Humanitarian.Organization.Permissions;
using Humanitarian.Organization.Services.Units;
using Humanitarian.Organization.Units;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Organization.Services.Excel;

/// <summary>
/// Units and contacts in and out of Excel, beside the unit API (<c>/api/app/unit/export-excel</c>…).
/// Like the list, an export holds only the caller's tenant and unit scope.
/// </summary>
[Authorize(OrganizationPermissions.Units.Default)]
public sealed class UnitExcelAppService(
    IRepository<Unit, Guid> units,
    IRepository<AdministrativeArea, Guid> areas,
    IUnitScope unitScope,
    UnitImportDefinition importDefinition,
    ExcelImports imports,
    TimeProvider clock,
    IStringLocalizer<OrganizationResource> l) : ApplicationService, IUnitExcelAppService
{
    private static readonly Dictionary<string, string> Sortable = new()
    {
        ["code"] = nameof(Unit.Code), ["name"] = nameof(Unit.Name), ["kind"] = nameof(Unit.Kind),
        ["isActive"] = nameof(Unit.IsActive), ["creationTime"] = nameof(Unit.CreationTime),
    };

    [HttpGet("api/app/unit/export-excel")]
    public async Task<IRemoteStreamContent> ExportExcelAsync([FromQuery] UnitExcelExportInput input)
    {
        var (query, visible) = await FilteredAsync(input);
        var rows = await query.ApplySorting(input.Sorting, "code", Sortable)
            .Select(u => new { u.Code, u.Name, u.Kind, u.ParentId, u.AdministrativeAreaId, u.IsActive, Contacts = u.Contacts.Count })
            .ToListAsync();
        // The tenant's codes by id (a tenant has a few thousand units at most); a parent outside the scope stays blank.
        var unitCodes = await (await units.GetQueryableAsync()).AsNoTracking()
            .Select(u => new { u.Id, u.Code }).ToDictionaryAsync(u => u.Id, u => u.Code);
        var areaCodes = await (await areas.GetQueryableAsync()).AsNoTracking()
            .Select(a => new { a.Id, a.Code }).ToDictionaryAsync(a => a.Id, a => a.Code);

        var sheet = new ExcelExport(l["Excel:Sheet:Units"])
            .Text(l["Excel:Unit:Code"]).Text(l["Excel:Unit:Name"]).Text(l["Excel:Unit:Kind"])
            .Text(l["Excel:Unit:ParentCode"]).Text(l["Excel:Unit:AreaCode"]).Text(l["Excel:Unit:IsActive"])
            .Number(l["Excel:Unit:ContactCount"]);
        foreach (var unit in rows)
        {
            var parentCode = unit.ParentId is { } parentId && (visible is null || visible.Contains(parentId))
                ? unitCodes.GetValueOrDefault(parentId)
                : null;
            var areaCode = unit.AdministrativeAreaId is { } areaId ? areaCodes.GetValueOrDefault(areaId) : null;
            sheet.Add(unit.Code, unit.Name, l[$"UnitKind:{unit.Kind}"].Value, parentCode, areaCode, YesNo(unit.IsActive), unit.Contacts);
        }
        return sheet.ToFile(l["Excel:File:Units", Today()]);
    }

    [HttpGet("api/app/unit/export-contacts-excel")]
    public async Task<IRemoteStreamContent> ExportContactsExcelAsync([FromQuery] UnitExcelExportInput input)
    {
        var (query, _) = await FilteredAsync(input);
        var rows = await query.ApplySorting(input.Sorting, "code", Sortable)
            .SelectMany(u => u.Contacts, (u, c) => new
            {
                UnitCode = u.Code, UnitName = u.Name, c.Name, c.Position, c.Email, c.Phone, c.ReceivesReminders,
            })
            .ToListAsync();

        var sheet = new ExcelExport(l["Excel:Sheet:Contacts"])
            .Text(l["Excel:Unit:Code"]).Text(l["Excel:Unit:Name"]).Text(l["Excel:Contact:Name"]).Text(l["Excel:Contact:Position"])
            .Text(l["Excel:Contact:Email"]).Text(l["Excel:Contact:Phone"]).Text(l["Excel:Contact:ReceivesReminders"]);
        // Within a unit, contacts by name as the unit page lists them.
        foreach (var contact in rows.GroupBy(r => r.UnitCode).SelectMany(g => g.OrderBy(c => c.Name, StringComparer.CurrentCulture)))
        {
            sheet.Add(contact.UnitCode, contact.UnitName, contact.Name, contact.Position, contact.Email, contact.Phone,
                YesNo(contact.ReceivesReminders));
        }
        return sheet.ToFile(l["Excel:File:Contacts", Today()]);
    }

    /// <summary>
    /// Multipart: <c>file</c> (.xlsx, at most 5 MB and 10,000 rows), <c>mode</c> (AllOrNothing |
    /// ValidRowsOnly) and <c>dryRun</c>. Up to 500 rows the report comes back at once (200); a larger
    /// file is imported in the background (202 with the operation's id, see import-progress).
    /// </summary>
    [HttpPost("api/app/unit/import-excel")]
    [Authorize(OrganizationPermissions.Units.Create)]
    [ProducesResponseType<ExcelImportResultDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ExcelImportOperationDto>(StatusCodes.Status202Accepted)]
    public async Task<ExcelImportAnswerDto> ImportExcelAsync(
        IRemoteStreamContent? file,
        [FromForm] ExcelImportMode mode = ExcelImportMode.AllOrNothing,
        [FromForm] bool dryRun = false) =>
        await imports.ImportAsync(importDefinition, file, mode, dryRun, id => $"/api/app/unit/import-progress/{id}");

    /// <summary>An import of the caller's, while it runs and for a day after, from any server.</summary>
    [HttpGet("api/app/unit/import-progress/{operationId}")]
    [Authorize(OrganizationPermissions.Units.Create)]
    public Task<ExcelImportProgressDto> GetImportProgressAsync([FromRoute] Guid operationId) =>
        imports.GetProgressAsync(importDefinition, operationId);

    /// <summary>The unit list's filters (<see cref="Services.Units.UnitAppService.GetListAsync"/>), within the caller's scope.</summary>
    private async Task<(IQueryable<Unit> Query, IReadOnlySet<Guid>? Visible)> FilteredAsync(UnitExcelExportInput input)
    {
        var visible = await unitScope.GetVisibleUnitIdsAsync();
        var query = (await units.GetQueryableAsync()).AsNoTracking().WithinScope(visible)
            .WhereListFilters(input.Filter, input.ParentId, input.Kind, input.IsActive);
        return (query, visible);
    }

    private string YesNo(bool value) => l[value ? "Excel:Yes" : "Excel:No"];

    private string Today() => VietnamCalendar.Today(clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
