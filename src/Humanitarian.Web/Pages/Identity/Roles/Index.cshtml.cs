using Humanitarian.Framework.Application;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Web.Authorization;
using Humanitarian.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Web.Pages.Identity.Roles;

/// <summary>Roles of the current tenant (or of the host).</summary>
[Authorize(IdentityPermissions.Roles.Default)]
public sealed class IndexModel(IIdentityRoleAppService roleAppService) : HumanitarianPageModel
{
    [BindProperty(SupportsGet = true)]
    public ListQuery Query { get; set; } = new();

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
        var role = await roleAppService.GetAsync(id);
        await roleAppService.DeleteAsync(id);
        SetNotice("Roles:Deleted", role.Name);
        return RedirectToPage(Query.Route());
    }

    protected override Task OnInputRejectedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        Query.Normalize();
        Result = await roleAppService.GetListAsync(new PagedAndSortedFilterRequestDto
        {
            Filter = Query.Filter,
            SkipCount = Query.Skip,
            MaxResultCount = Query.Max,
        });
        Pager = Query.Pager(Result.TotalCount);
        CanCreate = await IsGrantedAsync(IdentityPermissions.Roles.Create);
        CanUpdate = await IsGrantedAsync(IdentityPermissions.Roles.Update);
        CanDelete = await IsGrantedAsync(IdentityPermissions.Roles.Delete);
        CanManagePermissions = await IsGrantedAsync(IdentityPermissions.Roles.ManagePermissions);
    }
}
