using Humanitarian.Framework.Application;
using Humanitarian.Framework.Content;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Excel;
using Humanitarian.Framework.Timing;
using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Entities;
using Humanitarian.Organization.Localization;
using Humanitarian.Organization.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Organization.Services.Excel;

/// <summary>A committee's members as an Excel file, beside the committee API.</summary>
[Authorize(OrganizationPermissions.Committees.Default)]
public sealed class CommitteeExcelAppService(
    IRepository<Committee, Guid> committees,
    IRepository<Unit, Guid> units,
    TimeProvider clock,
    IStringLocalizer<OrganizationResource> l) : ApplicationService, ICommitteeExcelAppService
{
    /// <summary>Current and ended members (the committee's history), in the order of the members list.</summary>
    [HttpGet("api/app/committee/{id}/export-members-excel")]
    public async Task<IRemoteStreamContent> ExportMembersExcelAsync([FromRoute] Guid id)
    {
        var committee = await (await committees.GetQueryableAsync()).AsNoTracking().Include(c => c.Members)
                            .FirstOrDefaultAsync(c => c.Id == id)
                        ?? throw new EntityNotFoundException(typeof(Committee), id);
        var unitIds = committee.Members.Select(m => m.UnitId).OfType<Guid>().Distinct().ToList();
        var unitNames = unitIds.Count == 0
            ? []
            : await (await units.GetQueryableAsync()).AsNoTracking().Where(u => unitIds.Contains(u.Id))
                .ToDictionaryAsync(u => u.Id, u => u.Name);
        var today = VietnamCalendar.Today(clock);

        var sheet = new ExcelExport(l["Excel:Sheet:Members"])
            .Text(l["Excel:Member:FullName"]).Text(l["Excel:Member:Unit"]).Text(l["Excel:Member:Position"])
            .Text(l["Excel:Member:Title"]).Date(l["Excel:Member:TermStart"]).Date(l["Excel:Member:TermEnd"])
            .Text(l["Excel:Member:Status"]);
        var members = committee.Members
            .OrderBy(m => m.Position).ThenBy(m => m.TermStart).ThenBy(m => m.FullName, StringComparer.CurrentCulture);
        foreach (var member in members)
        {
            sheet.Add(member.FullName, member.UnitId is { } unitId ? unitNames.GetValueOrDefault(unitId) : null,
                l[$"CommitteePosition:{member.Position}"].Value, member.Title, member.TermStart, member.TermEnd,
                l[member.IsCurrentOn(today) ? "Excel:Member:Current" : member.HasEndedBefore(today) ? "Excel:Member:Ended" : "Excel:Member:Future"].Value);
        }
        return sheet.ToFile(l["Excel:File:Members", committee.Name]);
    }
}
