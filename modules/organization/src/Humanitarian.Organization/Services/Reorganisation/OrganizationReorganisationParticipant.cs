using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Framework.Data;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.MultiTenancy.Reorganisation;
using Humanitarian.Framework.Text;
using Humanitarian.Organization.AdministrativeAreas;
using Humanitarian.Organization.Entities;
using Humanitarian.Organization.Localization;
using Humanitarian.Organization.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Organization.Services.Reorganisation;

/// <summary>
/// Organization's part in a merger or dissolution: units (with their contacts) and administrative
/// areas are the heir's from now on, deleted ones included so old references still resolve; a code the
/// heir already uses gets the source's name appended. Committees and documents are the closed record of
/// the source: they stay, and the terms still running end the day before the reorganisation takes effect.
/// </summary>
public sealed class OrganizationReorganisationParticipant(
    IRepository<Unit, Guid> units,
    IRepository<AdministrativeArea, Guid> areas,
    IRepository<Committee, Guid> committees,
    IRepository<Document, Guid> documents,
    IDataFilter dataFilter,
    UnitReorganisationDestinations unitReorganisationDestinations,
    IStringLocalizer<OrganizationResource> l) : ITenantReorganisationParticipant, ITransientDependency
{
    public int Order => 10;

    public async Task<IReadOnlyList<TenantReorganisationLine>> ReorganiseAsync(TenantReorganisationContext context)
    {
        using (dataFilter.Disable<ISoftDelete>())
        {
            var movingAreas = await (await areas.GetQueryableAsync()).OrderBy(a => a.Code).ToListAsync();
            var movingUnits = await (await units.GetQueryableAsync()).Include(u => u.Contacts).OrderBy(u => u.Code).ToListAsync();
            var areaIds = movingAreas.Select(a => a.Id).ToHashSet();
            if (!context.AreaSuccessors.Keys.All(areaIds.Contains))
            {
                throw new AbpValidationException(l["Reorganisation:AreaNotInTenant", context.Source.DisplayName], "areaSuccessors");
            }
            // An area goes where it is sent, else with its parent area; a unit with its area, else with its
            // parent unit; whatever is left goes to the heir.
            var areaDestinations = new ReorganisationDestinations<AdministrativeArea>(context, movingAreas, a => a.ParentId,
                a => context.AreaSuccessors.GetValueOrDefault(a.Id));
            var unitDestinations = new ReorganisationDestinations<Unit>(context, movingUnits, u => u.ParentId,
                u => u.AdministrativeAreaId is { } area && areaIds.Contains(area) ? areaDestinations.Of(area) : null);
            unitReorganisationDestinations.Set(context, movingUnits.ToDictionary(u => u.Id, u => unitDestinations.Of(u.Id)));
            var codes = new HeirCodes(dataFilter, context.Source.Name);
            return
            [
                await MoveUnitsAsync(movingUnits, unitDestinations, codes),
                Line(l["Reorganisation:Contacts"], movingUnits.Sum(u => u.Contacts.Count), 0, []),
                await MoveAreasAsync(movingAreas, areaDestinations, codes),
                await EndCommitteesAsync(context),
                await KeepDocumentsAsync(),
            ];
        }
    }

    private async Task<TenantReorganisationLine> MoveUnitsAsync(
        List<Unit> moving, ReorganisationDestinations<Unit> destinations, HeirCodes codes)
    {
        var notes = new List<string>();
        foreach (var unit in moving)
        {
            var destination = destinations.Of(unit.Id);
            if (unit.NormalizedCode is not null
                && await codes.FreeCodeAsync(units, destination.Id, unit.Code, UnitConsts.MaxCodeLength, u => u.NormalizedCode) is { } code)
            {
                notes.Add(l["Reorganisation:UnitCodeChanged", unit.Code, unit.Name, code]);
                unit.SetCode(code);
            }
            if (destinations.LeavesParent(unit.Id))
            {
                notes.Add(l["Reorganisation:UnitLeavesParent", unit.Name, destination.DisplayName]);
                unit.MoveTo(null);
            }
            unit.TenantId = destination.Id;
            foreach (var contact in unit.Contacts)
            {
                contact.TenantId = destination.Id;
            }
        }
        return Line(l["Reorganisation:Units"], moving.Count, 0, [..Elsewhere(destinations), ..notes]);
    }

    private async Task<TenantReorganisationLine> MoveAreasAsync(
        List<AdministrativeArea> moving, ReorganisationDestinations<AdministrativeArea> destinations, HeirCodes codes)
    {
        var notes = new List<string>();
        foreach (var area in moving)
        {
            var destination = destinations.Of(area.Id);
            if (area.NormalizedCode is not null
                && await codes.FreeCodeAsync(areas, destination.Id, area.Code, AdministrativeAreaConsts.MaxCodeLength, a => a.NormalizedCode) is { } code)
            {
                notes.Add(l["Reorganisation:AreaCodeChanged", area.Code, area.Name, code]);
                area.SetCode(code);
            }
            if (destinations.LeavesParent(area.Id)) area.MoveTo(null);
            area.TenantId = destination.Id;
        }
        return Line(l["Reorganisation:Areas"], moving.Count, 0, [..Elsewhere(destinations), ..notes]);
    }

    private async Task<TenantReorganisationLine> EndCommitteesAsync(TenantReorganisationContext context)
    {
        var kept = await (await committees.GetQueryableAsync()).Include(c => c.Members).ToListAsync();
        var lastDay = context.EffectiveDate.AddDays(-1);
        var ended = kept.Sum(c => c.EndTermsRunningAfter(lastDay));
        List<string> notes = ended == 0 ? [] : [l["Reorganisation:TermsEnded", ended, VietnamTime.FormatDate(lastDay)]];
        return Line(l["Reorganisation:Committees"], 0, kept.Count, notes);
    }

    private async Task<TenantReorganisationLine> KeepDocumentsAsync() =>
        Line(l["Reorganisation:Documents"], 0, await (await documents.GetQueryableAsync()).CountAsync(), []);

    private IEnumerable<string> Elsewhere<T>(ReorganisationDestinations<T> destinations) where T : IEntity<Guid> =>
        destinations.ElsewhereThanHeir().Select(d => l["Reorganisation:MovedTo", d.Count, d.Tenant.DisplayName].Value);

    private TenantReorganisationLine Line(string subject, int moved, int kept, IReadOnlyList<string> notes) =>
        new(l["Menu:Organization"], subject, moved, kept, notes);
}
