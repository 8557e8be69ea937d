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
            return
            [
                ..await MoveUnitsAsync(context),
                await MoveAreasAsync(context),
                await EndCommitteesAsync(context),
                await KeepDocumentsAsync(),
            ];
        }
    }

    private async Task<IReadOnlyList<TenantReorganisationLine>> MoveUnitsAsync(TenantReorganisationContext context)
    {
        var moving = await (await units.GetQueryableAsync()).Include(u => u.Contacts).OrderBy(u => u.Code).ToListAsync();
        var taken = await HeirCodesAsync(units, context.Heir.Id, u => u.NormalizedCode);
        var notes = new List<string>();
        foreach (var unit in moving)
        {
            if (unit.NormalizedCode is not null && FreeCode(unit.Code, context.Source.Name, taken, UnitConsts.MaxCodeLength) is { } code)
            {
                notes.Add(l["Reorganisation:UnitCodeChanged", unit.Code, unit.Name, code]);
                if (!context.IsPreview) unit.SetCode(code);
            }
            if (context.IsPreview) continue;
            unit.TenantId = context.Heir.Id;
            foreach (var contact in unit.Contacts)
            {
                contact.TenantId = context.Heir.Id;
            }
        }
        return
        [
            Line(l["Reorganisation:Units"], moving.Count, 0, notes),
            Line(l["Reorganisation:Contacts"], moving.Sum(u => u.Contacts.Count), 0, []),
        ];
    }

    private async Task<TenantReorganisationLine> MoveAreasAsync(TenantReorganisationContext context)
    {
        var moving = await (await areas.GetQueryableAsync()).OrderBy(a => a.Code).ToListAsync();
        var taken = await HeirCodesAsync(areas, context.Heir.Id, a => a.NormalizedCode);
        var notes = new List<string>();
        foreach (var area in moving)
        {
            if (area.NormalizedCode is not null
                && FreeCode(area.Code, context.Source.Name, taken, AdministrativeAreaConsts.MaxCodeLength) is { } code)
            {
                notes.Add(l["Reorganisation:AreaCodeChanged", area.Code, area.Name, code]);
                if (!context.IsPreview) area.SetCode(code);
            }
            if (!context.IsPreview) area.TenantId = context.Heir.Id;
        }
        return Line(l["Reorganisation:Areas"], moving.Count, 0, notes);
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

    /// <summary>The normalized codes the heir's live records use (deleted ones have released theirs).</summary>
    private async Task<HashSet<string>> HeirCodesAsync<TEntity>(
        IRepository<TEntity, Guid> repository, Guid heirId, Expression<Func<TEntity, string?>> code)
        where TEntity : class, IEntity<Guid>, IMultiTenant
    {
        using (dataFilter.Disable<IMultiTenant>())
        {
            var codes = await (await repository.GetQueryableAsync()).Where(e => e.TenantId == heirId)
                .Select(code).Where(c => c != null).ToListAsync();
            return codes.Select(c => c!).ToHashSet(StringComparer.Ordinal);
        }
    }

    /// <summary>
    /// Null when <paramref name="code"/> is free at the heir (and claims it); else the first free
    /// "code-source", "code-source-2", ... (claimed too), cut to fit.
    /// </summary>
    private static string? FreeCode(string code, string sourceName, HashSet<string> taken, int maxLength)
    {
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

    private TenantReorganisationLine Line(string subject, int moved, int kept, IReadOnlyList<string> notes) =>
        new(l["Menu:Organization"], subject, moved, kept, notes);
}
