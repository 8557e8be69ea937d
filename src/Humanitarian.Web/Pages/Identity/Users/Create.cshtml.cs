using Humanitarian.Web.Authorization;
using Humanitarian.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Web.Pages.Identity.Users;

[Authorize(IdentityPermissions.Users.Create)]
public sealed class CreateModel(IIdentityUserAppService userAppService) : HumanitarianPageModel
{
    [BindProperty]
    public IdentityUserCreateDto Input { get; set; } = new();

    public IReadOnlyList<IdentityRoleDto> Roles { get; private set; } = [];

    protected override string FieldLabelKey(string propertyName) => "User:" + propertyName;

    public RoleChecksModel RoleChecks => new(Roles, Input.RoleNames ?? [], RoleDisplayName,
        ModelState.TryGetValue("Input.RoleNames", out var entry) ? string.Join(' ', entry.Errors.Select(e => e.ErrorMessage)) : null);

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Input.RoleNames = Roles.Where(r => r.IsDefault).Select(r => r.Name).ToList();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var user = await userAppService.CreateAsync(Input);
        SetNotice("Users:Created", user.UserName);
        return RedirectToPage("Index");
    }

    protected override Task OnInputRejectedAsync() => LoadAsync();

    private async Task LoadAsync() => Roles = (await userAppService.GetAssignableRolesAsync()).Items;
}
