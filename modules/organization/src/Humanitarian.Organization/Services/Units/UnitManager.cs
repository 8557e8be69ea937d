using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
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
    TreeRules<Unit> tree,
    UniqueCodes<Unit> codes,
    IEnumerable<IUnitReferenceChecker> referenceCheckers,
    IStringLocalizer<OrganizationResource> l) : ITransientDependency
{
    public Task EnsureCodeIsFreeAsync(string code, Guid? exceptUnitId) =>
        codes.EnsureFreeAsync(code, exceptUnitId, OrganizationErrorCodes.UnitCodeTaken);

    /// <summary>
    /// The parent must be a unit the caller can see, and not the unit itself or one below it. A caller
    /// restricted to a subtree cannot make a top-level unit.
    /// </summary>
    /// <param name="visible">The caller's visible units; null when not restricted.</param>
    public async Task EnsureParentAsync(Guid? parentId, Guid? unitId, IReadOnlySet<Guid>? visible)
    {
        if (visible is not null && (parentId is null || !visible.Contains(parentId.Value)))
        {
            throw new BusinessException(parentId is null ? OrganizationErrorCodes.UnitParentRequired : OrganizationErrorCodes.ParentUnitNotFound)
                .WithMember(nameof(Unit.ParentId));
        }
        await tree.EnsureParentAsync(parentId, unitId, OrganizationErrorCodes.ParentUnitNotFound, OrganizationErrorCodes.UnitParentCycle);
    }

    public async Task EnsureAreaExistsAsync(Guid? areaId)
    {
        if (areaId is { } id && await areas.FindAsync(id) is null)
        {
            throw new AbpValidationException(l["AdministrativeAreaNotFound"], "administrativeAreaId");
        }
    }

    /// <summary>
    /// Moves the unit below <paramref name="parentId"/> once the tree allows it. An unchanged parent is not
    /// checked again: a unit officer may edit their own unit while its parent, outside their scope, stays.
    /// </summary>
    /// <param name="visible">The caller's visible units; null when not restricted.</param>
    public async Task MoveAsync(Unit unit, Guid? parentId, IReadOnlySet<Guid>? visible)
    {
        if (parentId != unit.ParentId)
        {
            await EnsureParentAsync(parentId, unit.Id, visible);
            unit.MoveTo(parentId);
        }
    }

    /// <summary>Places the unit in an existing area (none when null); an unchanged area is not looked up again.</summary>
    public async Task PlaceInAsync(Unit unit, Guid? areaId)
    {
        if (areaId != unit.AdministrativeAreaId)
        {
            await EnsureAreaExistsAsync(areaId);
            unit.PlaceIn(areaId);
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
