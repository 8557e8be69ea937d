using Humanitarian.Framework.Application;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Organization.AdministrativeAreas;
using Humanitarian.Organization.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Organization.Pages.Organization.Areas;

/// <summary>The tenant's districts, communes and wards (reference data).</summary>
[Authorize(OrganizationPermissions.AdministrativeAreas.Default)]
public sealed class IndexModel(IAdministrativeAreaAppService areaAppService, OrganizationLookups lookups) : OrganizationPageModel
{
    [BindProperty(SupportsGet = true, Name = "filter")]
    public string? Filter { get; set; }

    [BindProperty(SupportsGet = true, Name = "level")]
    public AdministrativeAreaLevel? Level { get; set; }

    [BindProperty(SupportsGet = true, Name = "skip")]
    public int Skip { get; set; }

    [BindProperty(SupportsGet = true, Name = "max")]
    public int Max { get; set; } = PagerModel.DefaultMax;

    public PagedResultDto<AdministrativeAreaDto> Result { get; private set; } = new();
    public PagerModel Pager { get; private set; } = null!;
    public List<SelectListItem> Levels { get; private set; } = [];
    public bool CanManage { get; private set; }

    private Dictionary<Guid, AdministrativeAreaDto> _byId = [];

    public Task OnGetAsync()
    {
        ModelState.Clear(); // a malformed ?skip= or ?level= falls back to the default, it is no form error
        return LoadAsync();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id)
    {
        if (!await IsGrantedAsync(OrganizationPermissions.AdministrativeAreas.Manage))
        {
            return Forbid();
        }
        var area = await areaAppService.GetAsync(id);
        await areaAppService.DeleteAsync(id);
        SetNotice("Areas:Deleted", area.Name);
        return RedirectToPage(new { filter = Filter, level = Level, skip = Skip, max = Max });
    }

    protected override Task OnInputRejectedAsync() => LoadAsync();

    public string? ParentName(AdministrativeAreaDto area) =>
        area.ParentId is { } parentId && _byId.TryGetValue(parentId, out var parent) ? parent.Name : null;

    private async Task LoadAsync()
    {
        Skip = PagerModel.ClampSkip(Skip);
        Max = PagerModel.ClampMax(Max);
        Filter = Filter?.Trim();
        Result = await areaAppService.GetListAsync(new AdministrativeAreaListInput
        {
            Filter = string.IsNullOrEmpty(Filter) ? null : Filter[..Math.Min(Filter.Length, 256)],
            Level = Level,
            Sorting = "code",
            SkipCount = Skip,
            MaxResultCount = Max,
        });
        _byId = (await lookups.GetAllAreasAsync()).ToDictionary(a => a.Id);
        Pager = new PagerModel(Result.TotalCount, Skip, Max, RouteValues(("filter", Filter), ("level", Level)));
        Levels = EnumItems<AdministrativeAreaLevel>(LevelName, Level);
        CanManage = await IsGrantedAsync(OrganizationPermissions.AdministrativeAreas.Manage);
    }
}
