using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Text;
using Humanitarian.Organization.AdministrativeAreas;
using Humanitarian.Organization.Entities;
using Humanitarian.Organization.Localization;
using Humanitarian.Organization.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Organization.Services.AdministrativeAreas;

/// <summary>The tenant's districts and communes/wards at <c>/api/app/administrative-area</c>.</summary>
[Authorize(OrganizationPermissions.AdministrativeAreas.Default)]
public sealed partial class AdministrativeAreaAppService(
    IRepository<AdministrativeArea, Guid> areas, IRepository<Unit, Guid> units,
    TreeRules<AdministrativeArea> tree, UniqueCodes<AdministrativeArea> codes, IStringLocalizer<OrganizationResource> l)
    : ApplicationService, IAdministrativeAreaAppService
{
    private static readonly Dictionary<string, string> Sortable = new()
    {
        ["code"] = nameof(AdministrativeArea.Code), ["name"] = nameof(AdministrativeArea.Name),
        ["level"] = nameof(AdministrativeArea.Level), ["creationTime"] = nameof(AdministrativeArea.CreationTime),
    };

    public async Task<PagedResultDto<AdministrativeAreaDto>> GetListAsync(AdministrativeAreaListInput input)
    {
        var query = (await areas.GetQueryableAsync()).AsNoTracking();
        var filter = SearchText.Normalize(input.Filter);
        if (filter.Length > 0)
        {
            query = query.Where(a => a.NormalizedName.Contains(filter) || a.NormalizedCode!.Contains(filter)
                                     || a.NormalizedFormerNames!.Contains(filter));
        }
        if (input.Level is { } level)
        {
            query = query.Where(a => a.Level == level);
        }
        if (input.ParentId is { } parentId)
        {
            query = query.Where(a => a.ParentId == parentId);
        }
        var total = await query.LongCountAsync();
        var page = await query.ApplySorting(input.Sorting, "code", Sortable).PageBy(input).ToListAsync();
        return new PagedResultDto<AdministrativeAreaDto>(total, page.Select(a => a.ToDto()).ToList());
    }

    public async Task<AdministrativeAreaDto> GetAsync(Guid id) => (await areas.GetAsync(id)).ToDto();

    [Authorize(OrganizationPermissions.AdministrativeAreas.Manage)]
    public async Task<AdministrativeAreaDto> CreateAsync(CreateAdministrativeAreaDto input)
    {
        await EnsureCodeIsFreeAsync(input.Code, null);
        await EnsureParentAsync(input.ParentId, null);
        var area = new AdministrativeArea(Guid.NewGuid(), input.Code, input.Name, input.Level!.Value, input.ParentId);
        await areas.InsertAsync(area, autoSave: true);
        return area.ToDto();
    }

    [Authorize(OrganizationPermissions.AdministrativeAreas.Manage)]
    public async Task<AdministrativeAreaDto> UpdateAsync(Guid id, UpdateAdministrativeAreaDto input)
    {
        var area = await areas.GetAsync(id);
        if (SearchText.Normalize(input.Code) != area.NormalizedCode)
        {
            await EnsureCodeIsFreeAsync(input.Code, id);
        }
        if (input.ParentId != area.ParentId)
        {
            await EnsureParentAsync(input.ParentId, id);
        }
        if (input.ConcurrencyStamp is not null)
        {
            area.ConcurrencyStamp = input.ConcurrencyStamp;
        }
        area.SetCode(input.Code);
        area.SetName(input.Name);
        area.ChangeLevel(input.Level!.Value);
        area.MoveTo(input.ParentId);
        await areas.UpdateAsync(area, autoSave: true);
        return area.ToDto();
    }

    /// <summary>Refused while areas lie inside it or units are placed in it.</summary>
    [Authorize(OrganizationPermissions.AdministrativeAreas.Manage)]
    public async Task DeleteAsync(Guid id)
    {
        var area = await areas.GetAsync(id);
        var children = await (await areas.GetQueryableAsync()).CountAsync(a => a.ParentId == id);
        var placedUnits = await (await units.GetQueryableAsync()).CountAsync(u => u.AdministrativeAreaId == id);
        if (children > 0 || placedUnits > 0)
        {
            throw new BusinessException(OrganizationErrorCodes.AreaInUse, l["AdministrativeAreaInUse", area.Name, children, placedUnits]);
        }
        area.ReleaseCode();
        await areas.DeleteAsync(area);
    }

    private Task EnsureCodeIsFreeAsync(string code, Guid? exceptId) =>
        codes.EnsureFreeAsync(code, exceptId, OrganizationErrorCodes.AdministrativeAreaCodeTaken);

    private Task EnsureParentAsync(Guid? parentId, Guid? areaId) => tree.EnsureParentAsync(parentId, areaId,
        OrganizationErrorCodes.ParentAdministrativeAreaNotFound, OrganizationErrorCodes.AdministrativeAreaParentCycle);
}
