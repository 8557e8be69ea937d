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
public sealed class IndexModel(IdentityUserAppService userAppService, ICurrentUser currentUser, TimeProvider clock)
    : HumanitarianPageModel
{
    [BindProperty(SupportsGet = true, Name = "filter")]
    public string? Filter { get; set; }

    [BindProperty(SupportsGet = true, Name = "skip")]
    public int Skip { get; set; }

    [BindProperty(SupportsGet = true, Name = "max")]
    public int Max { get; set; } = PagerModel.DefaultMax;

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
        if (!await IsGrantedAsync(IdentityPermissions.Users.Delete))
        {
            return Forbid();
        }
        var user = await userAppService.GetAsync(id);
        await userAppService.DeleteAsync(id);
        SetNotice("Users:Deleted", user.UserName);
        return RedirectToPage(new { filter = Filter, skip = Skip, max = Max });
    }

    protected override Task OnInputRejectedAsync() => LoadAsync();

    public bool IsCurrentUser(IdentityUserDto user) => user.Id == currentUser.Id;

    public bool IsLockedOut(IdentityUserDto user) => user.LockoutEnd is { } end && end > clock.GetUtcNow();

    public static string FullName(IdentityUserDto user) =>
        string.Join(' ', new[] { user.Surname, user.Name }.Where(s => !string.IsNullOrWhiteSpace(s)));

    private async Task LoadAsync()
    {
        Skip = PagerModel.ClampSkip(Skip);
        Max = PagerModel.ClampMax(Max);
        Filter = Filter?.Trim();
        Result = await userAppService.GetListAsync(new PagedAndSortedFilterRequestDto
        {
            Filter = string.IsNullOrEmpty(Filter) ? null : Filter[..Math.Min(Filter.Length, 256)],
            SkipCount = Skip,
            MaxResultCount = Max,
        });
        Pager = new PagerModel(Result.TotalCount, Skip, Max, new Dictionary<string, string?> { ["filter"] = Filter });
        CanCreate = await IsGrantedAsync(IdentityPermissions.Users.Create);
        CanUpdate = await IsGrantedAsync(IdentityPermissions.Users.Update);
        CanDelete = await IsGrantedAsync(IdentityPermissions.Users.Delete);
    }
}
