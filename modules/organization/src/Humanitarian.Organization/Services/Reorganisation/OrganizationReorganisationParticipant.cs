using System.Linq.Expressions;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Framework.Data;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
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
            var areaDestinations = new Destinations<AdministrativeArea>(context, movingAreas, a => a.ParentId,
                a => context.AreaSuccessors.GetValueOrDefault(a.Id));
            var unitDestinations = new Destinations<Unit>(context, movingUnits, u => u.ParentId,
                u => u.AdministrativeAreaId is { } area && areaIds.Contains(area) ? areaDestinations.Of(area) : null);
            movingUnits.ForEach(u => context.SetUnitDestination(u.Id, unitDestinations.Of(u.Id)));
            var codes = new HeirCodes(this, context.Source.Name);
            return
            [
                await MoveUnitsAsync(context, movingUnits, unitDestinations, codes),
                Line(l["Reorganisation:Contacts"], movingUnits.Sum(u => u.Contacts.Count), 0, []),
                await MoveAreasAsync(context, movingAreas, areaDestinations, codes),
                await EndCommitteesAsync(context),
                await KeepDocumentsAsync(),
            ];
        }
    }

    private async Task<TenantReorganisationLine> MoveUnitsAsync(
        TenantReorganisationContext context, List<Unit> moving, Destinations<Unit> destinations, HeirCodes codes)
    {
        var notes = new List<string>();
        foreach (var unit in moving)
        {
            var destination = destinations.Of(unit.Id);
            if (unit.NormalizedCode is not null
                && await codes.FreeCodeAsync(units, destination.Id, unit.Code, UnitConsts.MaxCodeLength, u => u.NormalizedCode) is { } code)
            {
                notes.Add(l["Reorganisation:UnitCodeChanged", unit.Code, unit.Name, code]);
                if (!context.IsPreview) unit.SetCode(code);
            }
            if (destinations.LeavesParent(unit.Id))
            {
                notes.Add(l["Reorganisation:UnitLeavesParent", unit.Name, destination.DisplayName]);
                if (!context.IsPreview) unit.ParentId = null;
            }
            if (context.IsPreview) continue;
            unit.TenantId = destination.Id;
            foreach (var contact in unit.Contacts)
            {
                contact.TenantId = destination.Id;
            }
        }
        return Line(l["Reorganisation:Units"], moving.Count, 0, [..Elsewhere(destinations), ..notes]);
    }

    private async Task<TenantReorganisationLine> MoveAreasAsync(
        TenantReorganisationContext context, List<AdministrativeArea> moving, Destinations<AdministrativeArea> destinations, HeirCodes codes)
    {
        var notes = new List<string>();
        foreach (var area in moving)
        {
            var destination = destinations.Of(area.Id);
            if (area.NormalizedCode is not null
                && await codes.FreeCodeAsync(areas, destination.Id, area.Code, AdministrativeAreaConsts.MaxCodeLength, a => a.NormalizedCode) is { } code)
            {
                notes.Add(l["Reorganisation:AreaCodeChanged", area.Code, area.Name, code]);
                if (!context.IsPreview) area.SetCode(code);
            }
            if (context.IsPreview) continue;
            if (destinations.LeavesParent(area.Id)) area.ParentId = null;
            area.TenantId = destination.Id;
        }
        return Line(l["Reorganisation:Areas"], moving.Count, 0, [..Elsewhere(destinations), ..notes]);
    }

    private async Task<TenantReorganisationLine> EndCommitteesAsync(TenantReorganisationContext context)
    {
        var kept = await (await committees.GetQueryableAsync()).Include(c => c.Members).ToListAsync();
        var lastDay = context.EffectiveDate.AddDays(-1);
        var running = kept.SelectMany(c => c.Members).Where(m => m.TermEnd is null || m.TermEnd > lastDay).ToList();
        if (!context.IsPreview)
        {
            foreach (var member in running)
            {
                // A term that had not begun yet ends the day it would have begun.
                member.EndTerm(lastDay < member.TermStart ? member.TermStart : lastDay);
            }
        }
        List<string> notes = running.Count == 0 ? [] : [l["Reorganisation:TermsEnded", running.Count, VietnamTime.FormatDate(lastDay)]];
        return Line(l["Reorganisation:Committees"], 0, kept.Count, notes);
    }

    private async Task<TenantReorganisationLine> KeepDocumentsAsync() =>
        Line(l["Reorganisation:Documents"], 0, await (await documents.GetQueryableAsync()).CountAsync(), []);

    /// <summary>The normalized codes a tenant's live records use (deleted ones have released theirs).</summary>
    private async Task<HashSet<string>> CodesOfAsync<TEntity>(
        IRepository<TEntity, Guid> repository, Guid tenantId, Expression<Func<TEntity, string?>> code)
        where TEntity : class, IEntity<Guid>, IMultiTenant
    {
        using (dataFilter.Disable<IMultiTenant>())
        {
            var codes = await (await repository.GetQueryableAsync()).Where(e => e.TenantId == tenantId)
                .Select(code).Where(c => c != null).ToListAsync();
            return codes.Select(c => c!).ToHashSet(StringComparer.Ordinal);
        }
    }

    /// <summary>The codes taken at each destination, claimed as records arrive, per kind of record.</summary>
    private sealed class HeirCodes(OrganizationReorganisationParticipant participant, string sourceName)
    {
        private readonly Dictionary<(Type, Guid), HashSet<string>> _taken = [];

        /// <summary>
        /// Null when <paramref name="code"/> is free at <paramref name="tenantId"/> (and claims it); else the
        /// first free "code-source", "code-source-2", ... (claimed too), cut to fit.
        /// </summary>
        public async Task<string?> FreeCodeAsync<TEntity>(IRepository<TEntity, Guid> repository, Guid tenantId,
            string code, int maxLength, Expression<Func<TEntity, string?>> normalizedCode)
            where TEntity : class, IEntity<Guid>, IMultiTenant
        {
            if (!_taken.TryGetValue((typeof(TEntity), tenantId), out var taken))
            {
                taken = await participant.CodesOfAsync(repository, tenantId, normalizedCode);
                _taken[(typeof(TEntity), tenantId)] = taken;
            }
            if (taken.Add(SearchText.Normalize(code)))
            {
                return null;
            }
            for (var n = 1; ; n++)
            {
                var suffix = n == 1 ? $"-{sourceName}" : $"-{sourceName}-{n}";
                var candidate = code[..Math.Min(code.Length, maxLength - suffix.Length)] + suffix;
                if (taken.Add(SearchText.Normalize(candidate)))
                {
                    return candidate;
                }
            }
        }
    }

    private IEnumerable<string> Elsewhere<T>(Destinations<T> destinations) where T : IEntity<Guid> =>
        destinations.ElsewhereThanHeir().Select(d => l["Reorganisation:MovedTo", d.Count, d.Tenant.DisplayName].Value);

    private TenantReorganisationLine Line(string subject, int moved, int kept, IReadOnlyList<string> notes) =>
        new(l["Menu:Organization"], subject, moved, kept, notes);
}
