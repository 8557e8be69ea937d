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
    [BindProperty(SupportsGet = true)]
    public ListQuery Query { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "level")]
    public AdministrativeAreaLevel? Level { get; set; }

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
        var area = await areaAppService.GetAsync(id);
        await areaAppService.DeleteAsync(id);
        SetNotice("Areas:Deleted", area.Name);
        return RedirectToPage(Query.Route(("level", Level)));
    }

    protected override Task OnInputRejectedAsync() => LoadAsync();

    public string? ParentName(AdministrativeAreaDto area) =>
        area.ParentId is { } parentId && _byId.TryGetValue(parentId, out var parent) ? parent.Name : null;

    private async Task LoadAsync()
    {
        Query.Normalize();
        Result = await areaAppService.GetListAsync(new AdministrativeAreaListInput
        {
            Filter = Query.Filter,
            Level = Level,
            Sorting = "code",
            SkipCount = Query.Skip,
            MaxResultCount = Query.Max,
        });
        _byId = (await lookups.GetAllAreasAsync()).ToDictionary(a => a.Id);
        Pager = Query.Pager(Result.TotalCount, ("level", Level));
        Levels = EnumItems<AdministrativeAreaLevel>(LevelName, Level);
        CanManage = await IsGrantedAsync(OrganizationPermissions.AdministrativeAreas.Manage);
    }
}
