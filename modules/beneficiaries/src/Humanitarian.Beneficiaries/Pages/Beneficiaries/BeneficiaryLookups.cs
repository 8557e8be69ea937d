using Humanitarian.Framework.Application;
using Humanitarian.Framework.Authorization;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Organization.AdministrativeAreas;
using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Permissions;
using Humanitarian.Organization.Units;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Beneficiaries.Pages.Beneficiaries;

/// <summary>
/// Organization's records the pages choose from (units, communes, committee members), read through its
/// application services so that the caller's scope applies as in Organization's own pages. Someone without
/// Organization's permission for a list gets an empty one rather than an error page: the choice is optional
/// (a commune can be typed, a sponsor named).
/// </summary>
public sealed class BeneficiaryLookups(
    IUnitAppService unitAppService,
    IAdministrativeAreaAppService areaAppService,
    ICommitteeAppService committeeAppService,
    IPermissionChecker permissions) : ITransientDependency
{
    private const int PageSize = LimitedResultRequestDto.MaxMaxResultCount;

    public async Task<List<UnitDto>> GetAllUnitsAsync() =>
        await permissions.IsGrantedAsync(OrganizationPermissions.Units.Default)
            ? await PagedResults.ReadAllAsync(skip => unitAppService.GetListAsync(new UnitListInput { Sorting = "code", SkipCount = skip, MaxResultCount = PageSize }))
            : [];

    /// <summary>The tenant's communes and wards (the tier an address is located in).</summary>
    public async Task<List<AdministrativeAreaDto>> GetCommunesAsync() =>
        await permissions.IsGrantedAsync(OrganizationPermissions.AdministrativeAreas.Default)
            ? (await PagedResults.ReadAllAsync(skip => areaAppService.GetListAsync(new AdministrativeAreaListInput { Sorting = "name", SkipCount = skip, MaxResultCount = PageSize })))
                .Where(a => a.Level is not (AdministrativeAreaLevel.District or AdministrativeAreaLevel.Town or AdministrativeAreaLevel.ProvincialCity))
                .ToList()
            : [];

    /// <summary>The members of the tenant's committees whose term runs today: who may sponsor as a committee member.</summary>
    public async Task<List<CommitteeMemberDto>> GetCurrentMembersAsync()
    {
        if (!await permissions.IsGrantedAsync(OrganizationPermissions.Committees.Default))
        {
            return [];
        }
        var committees = await PagedResults.ReadAllAsync(skip => committeeAppService.GetListAsync(
            new CommitteeListInput { Sorting = "name", SkipCount = skip, MaxResultCount = PageSize }));
        var members = new List<CommitteeMemberDto>();
        foreach (var committee in committees)
        {
            members.AddRange((await committeeAppService.GetMembersAsync(committee.Id, new CommitteeMemberListInput())).Items);
        }
        return members.OrderBy(m => m.FullName, StringComparer.CurrentCulture).ToList();
    }

    public static List<SelectListItem> UnitOptions(IEnumerable<UnitDto> units, Guid? selected) =>
        units.Select(u => new SelectListItem(u.Name + " (" + u.Code + ")", u.Id.ToString(), u.Id == selected)).ToList();

    public static List<SelectListItem> AreaOptions(IEnumerable<AdministrativeAreaDto> areas, Guid? selected) =>
        areas.Select(a => new SelectListItem(a.Name, a.Id.ToString(), a.Id == selected)).ToList();
}
