using Humanitarian.Framework.Application;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Framework.Users;
using Humanitarian.Web.Authorization;
using Humanitarian.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Web.Pages.Identity.Users;

/// <summary>Users of the current tenant (or of the host).</summary>
[Authorize(IdentityPermissions.Users.Default)]
public sealed class IndexModel(IIdentityUserAppService userAppService, ICurrentUser currentUser, TimeProvider clock)
    : HumanitarianPageModel
{
    [BindProperty(SupportsGet = true)]
    public ListQuery Query { get; set; } = new();

    public PagedResultDto<IdentityUserDto> Result { get; private set; } = new();
    public PagerModel Pager { get; private set; } = null!;
    public bool CanCreate { get; private set; }
    public bool CanUpdate { get; private set; }
    public bool CanDelete { get; private set; }

    public Task OnGetAsync()
    {
        ModelState.Clear(); // a malformed ?skip= or ?max= falls back to the default, it is no form error
        return LoadAsync();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id)
    {
        var user = await userAppService.GetAsync(id);
        await userAppService.DeleteAsync(id);
        SetNotice("Users:Deleted", user.UserName);
        return RedirectToPage(Query.Route());
    }

    protected override Task OnInputRejectedAsync() => LoadAsync();

    public bool IsCurrentUser(IdentityUserDto user) => user.Id == currentUser.Id;

    public bool IsLockedOut(IdentityUserDto user) => user.LockoutEnd is { } end && end > clock.GetUtcNow();

    public static string FullName(IdentityUserDto user) =>
        string.Join(' ', new[] { user.Surname, user.Name }.Where(s => !string.IsNullOrWhiteSpace(s)));

    private async Task LoadAsync()
    {
        Query.Normalize();
        Result = await userAppService.GetListAsync(new PagedAndSortedFilterRequestDto
        {
            Filter = Query.Filter,
            SkipCount = Query.Skip,
            MaxResultCount = Query.Max,
        });
        Pager = Query.Pager(Result.TotalCount);
        CanCreate = await IsGrantedAsync(IdentityPermissions.Users.Create);
        CanUpdate = await IsGrantedAsync(IdentityPermissions.Users.Update);
        CanDelete = await IsGrantedAsync(IdentityPermissions.Users.Delete);
    }
}
