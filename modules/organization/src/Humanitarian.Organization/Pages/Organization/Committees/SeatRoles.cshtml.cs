using Humanitarian.Framework.Users;
using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Permissions;
using Humanitarian.Organization.Services.Committees;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Organization.Pages.Organization.Committees;

/// <summary>The tenant admin chooses the role each committee position confers on the seated user.</summary>
[Authorize(OrganizationPermissions.Committees.ManageSeatRoles)]
public sealed class SeatRolesModel(ICommitteeSeatRoleAppService seatRoles, IExternalRoleLookupServiceProvider roleLookup)
    : OrganizationPageModel
{
    [BindProperty]
    public UpdateCommitteeSeatRolesDto Input { get; set; } = new();

    /// <summary>The tenant's roles a seat may confer (not the administrator's).</summary>
    public List<string> Roles { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Input.Items = (await seatRoles.GetAsync()).Items.ToList();
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        await seatRoles.UpdateAsync(Input);
        SetNotice("SeatRoles:Saved");
        return RedirectToPage();
    }

    public List<SelectListItem> RoleOptions(string? selected) =>
        Roles.Select(r => new SelectListItem(r, r, string.Equals(r, selected, StringComparison.OrdinalIgnoreCase))).ToList();

    protected override Task OnInputRejectedAsync() => LoadAsync();

    private async Task LoadAsync() =>
        Roles = (await roleLookup.GetRoleNamesAsync()).Where(r => !CommitteeSeatRoles.IsAdmin(r)).ToList();
}
