using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Text;
using Humanitarian.Organization.Entities;
using Humanitarian.Organization.Permissions;
using Humanitarian.Organization.Units;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Organization.Services.Units;

/// <summary>
/// Units at <c>/api/app/unit</c>. A user attached to a unit works only inside that unit's subtree:
/// any other unit answers 404, as if it did not exist.
/// </summary>
[Authorize(OrganizationPermissions.Units.Default)]
public sealed partial class UnitAppService(
    IRepository<Unit, Guid> units, UnitManager manager, UnitScope unitScope)
    : ApplicationService, IUnitAppService
{
    private static readonly Dictionary<string, string> Sortable = new()
    {
        ["code"] = nameof(Unit.Code), ["name"] = nameof(Unit.Name), ["kind"] = nameof(Unit.Kind),
        ["isActive"] = nameof(Unit.IsActive), ["creationTime"] = nameof(Unit.CreationTime),
    };

    public async Task<PagedResultDto<UnitDto>> GetListAsync(UnitListInput input)
    {
        var query = (await VisibleUnitsAsync()).WhereListFilters(input.Filter, input.ParentId, input.Kind, input.IsActive);
        var total = await query.LongCountAsync();
        var page = await query.ApplySorting(input.Sorting, "code", Sortable).PageBy(input)
            .Include(u => u.Contacts).AsNoTracking().ToListAsync();
        return new PagedResultDto<UnitDto>(total, page.Select(u => u.ToDto()).ToList());
    }

    public async Task<UnitDto> GetAsync(Guid id) => (await GetVisibleAsync(id)).ToDto();

    [Authorize(OrganizationPermissions.Units.Create)]
    public async Task<UnitDto> CreateAsync(CreateUnitDto input)
    {
        await manager.EnsureCodeIsFreeAsync(input.Code, null);
        await manager.EnsureParentAsync(input.ParentId, null, await unitScope.GetVisibleUnitIdsAsync());
        await manager.EnsureAreaExistsAsync(input.AdministrativeAreaId);
        var unit = new Unit(Guid.NewGuid(), input.Code, input.Name, input.Kind!.Value, input.ParentId);
        unit.PlaceIn(input.AdministrativeAreaId);
        SetActive(unit, input.IsActive);
        await units.InsertAsync(unit, autoSave: true);
        unitScope.AddCreated(unit.Id, unit.ParentId);
        return unit.ToDto();
    }

    /// <summary>Also moves the unit when <c>parentId</c> changes (never below itself).</summary>
    [Authorize(OrganizationPermissions.Units.Update)]
    public async Task<UnitDto> UpdateAsync(Guid id, UpdateUnitDto input)
    {
        var unit = await GetVisibleAsync(id);
        if (SearchText.Normalize(input.Code) != unit.NormalizedCode)
        {
            await manager.EnsureCodeIsFreeAsync(input.Code, id);
        }
        await manager.MoveAsync(unit, input.ParentId, await unitScope.GetVisibleUnitIdsAsync());
        await manager.PlaceInAsync(unit, input.AdministrativeAreaId);
        if (input.ConcurrencyStamp is not null)
        {
            unit.ConcurrencyStamp = input.ConcurrencyStamp;
        }
        unit.SetCode(input.Code);
        unit.Update(input.Name, input.Kind!.Value);
        SetActive(unit, input.IsActive);
        await units.UpdateAsync(unit, autoSave: true);
        return unit.ToDto();
    }

    [Authorize(OrganizationPermissions.Units.Delete)]
    public async Task DeleteAsync(Guid id)
    {
        var unit = await GetVisibleAsync(id);
        await manager.EnsureDeletableAsync(unit);
        unit.ReleaseCode();
        await units.DeleteAsync(unit);
    }

    private static void SetActive(Unit unit, bool isActive)
    {
        if (isActive)
        {
            unit.Activate();
        }
        else
        {
            unit.Deactivate();
        }
    }

    private async Task<IQueryable<Unit>> VisibleUnitsAsync() =>
        (await units.GetQueryableAsync()).WithinScope(await unitScope.GetVisibleUnitIdsAsync());

    /// <summary>The unit with its contacts, tracked; 404 when it is missing or outside the caller's scope.</summary>
    private async Task<Unit> GetVisibleAsync(Guid id) =>
        await (await VisibleUnitsAsync()).Include(u => u.Contacts).FirstOrDefaultAsync(u => u.Id == id)
        ?? throw new EntityNotFoundException(typeof(Unit), id);
}
