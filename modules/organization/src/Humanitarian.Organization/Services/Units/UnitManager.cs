using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Text;
using Humanitarian.Organization.Entities;
using Humanitarian.Organization.Localization;
using Humanitarian.Organization.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Organization.Services.Units;

/// <summary>The rules of the unit tree: unique codes, a parent in reach and no cycles, deletion only when nothing depends on the unit.</summary>
public sealed class UnitManager(
    IRepository<Unit, Guid> units,
    IRepository<AdministrativeArea, Guid> areas,
    UnitTree tree,
    IEnumerable<IUnitReferenceChecker> referenceCheckers,
    IStringLocalizer<OrganizationResource> l) : ITransientDependency
{
    /// <summary>Codes are compared folded (case and marks), as the unique index does.</summary>
    public async Task EnsureCodeIsFreeAsync(string code, Guid? exceptUnitId)
    {
        var normalized = SearchText.Normalize(code);
        if (await (await units.GetQueryableAsync()).AnyAsync(u => u.NormalizedCode == normalized && u.Id != exceptUnitId))
        {
            throw new AbpValidationException(l["UnitCodeTaken", code.Trim()], "code");
        }
    }

    /// <summary>
    /// The parent must be a unit the caller can see, and not the unit itself or one below it. A caller
    /// restricted to a subtree cannot make a top-level unit.
    /// </summary>
    /// <param name="visible">The caller's visible units; null when not restricted.</param>
    public async Task EnsureParentAsync(Guid? parentId, Guid? unitId, IReadOnlySet<Guid>? visible)
    {
        if (parentId is not { } parent)
        {
            if (visible is not null)
            {
                throw new AbpValidationException(l["UnitParentRequired"], "parentId");
            }
            return;
        }
        if ((visible is not null && !visible.Contains(parent)) || await units.FindAsync(parent) is null)
        {
            throw new AbpValidationException(l["ParentUnitNotFound"], "parentId");
        }
        if (unitId is { } self && (await tree.GetSubtreeAsync(self)).Contains(parent))
        {
            throw new AbpValidationException(l["UnitParentCycle"], "parentId");
        }
    }

    public async Task EnsureAreaExistsAsync(Guid? areaId)
    {
        if (areaId is { } id && await areas.FindAsync(id) is null)
        {
            throw new AbpValidationException(l["AdministrativeAreaNotFound"], "administrativeAreaId");
        }
    }

    /// <summary>Refuses while units sit below it or any module's records refer to it: deactivate instead.</summary>
    public async Task EnsureDeletableAsync(Unit unit)
    {
        var children = await (await units.GetQueryableAsync()).CountAsync(u => u.ParentId == unit.Id);
        if (children > 0)
        {
            throw new BusinessException(OrganizationErrorCodes.UnitHasChildren, l["UnitHasChildren", unit.Name, children]);
        }
        var reasons = new List<string>();
        foreach (var checker in referenceCheckers)
        {
            if (await checker.GetBlockingReasonAsync(unit.Id) is { } reason)
            {
                reasons.Add(reason);
            }
        }
        if (reasons.Count > 0)
        {
            throw new BusinessException(OrganizationErrorCodes.UnitInUse, l["UnitInUse", unit.Name, string.Join("; ", reasons)]);
        }
    }
}
