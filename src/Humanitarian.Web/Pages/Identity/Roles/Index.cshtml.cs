using Humanitarian.Framework.Application;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Web.Authorization;
using Humanitarian.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Web.Pages.Identity.Roles;

/// <summary>Roles of the current tenant (or of the host).</summary>
[Authorize(IdentityPermissions.Roles.Default)]
public sealed class IndexModel(IdentityRoleAppService roleAppService) : HumanitarianPageModel
{
    [BindProperty(SupportsGet = true, Name = "filter")]
    public string? Filter { get; set; }

    [BindProperty(SupportsGet = true, Name = "skip")]
    public int Skip { get; set; }

    [BindProperty(SupportsGet = true, Name = "max")]
    public int Max { get; set; } = PagerModel.DefaultMax;

    public PagedResultDto<IdentityRoleDto> Result { get; private set; } = new();
    public PagerModel Pager { get; private set; } = null!;
    public bool CanCreate { get; private set; }
    public bool CanUpdate { get; private set; }
    public bool CanDelete { get; private set; }
    public bool CanManagePermissions { get; private set; }

    public Task OnGetAsync()
    {
        ModelState.Clear(); // a malformed ?skip= or ?max= falls back to the default, it is no form error
        return LoadAsync();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id)
    {
        if (!await IsGrantedAsync(IdentityPermissions.Roles.Delete))
        {
            return Forbid();
        }
        var role = await roleAppService.GetAsync(id);
        await roleAppService.DeleteAsync(id);
        SetNotice("Roles:Deleted", role.Name);
        return RedirectToPage(new { filter = Filter, skip = Skip, max = Max });
    }

    protected override Task OnInputRejectedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        Skip = PagerModel.ClampSkip(Skip);
        Max = PagerModel.ClampMax(Max);
        Filter = Filter?.Trim();
        Result = await roleAppService.GetListAsync(new PagedAndSortedFilterRequestDto
        {
            Filter = string.IsNullOrEmpty(Filter) ? null : Filter[..Math.Min(Filter.Length, 256)],
            SkipCount = Skip,
            MaxResultCount = Max,
        });
        Pager = new PagerModel(Result.TotalCount, Skip, Max, new Dictionary<string, string?> { ["filter"] = Filter });
        CanCreate = await IsGrantedAsync(IdentityPermissions.Roles.Create);
        CanUpdate = await IsGrantedAsync(IdentityPermissions.Roles.Update);
        CanDelete = await IsGrantedAsync(IdentityPermissions.Roles.Delete);
        CanManagePermissions = await IsGrantedAsync(IdentityPermissions.Roles.ManagePermissions);
    }
}
