using Humanitarian.Web.Authorization;
using Humanitarian.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Web.Pages.Identity.Users;

[Authorize(IdentityPermissions.Users.Update)]
public sealed class EditModel(IIdentityUserAppService userAppService) : HumanitarianPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public IdentityUserUpdateDto Input { get; set; } = new();

    public IReadOnlyList<IdentityRoleDto> Roles { get; private set; } = [];

    protected override string FieldLabelKey(string propertyName) => "User:" + propertyName;

    public RoleChecksModel RoleChecks => new(Roles, Input.RoleNames ?? [], RoleDisplayName,
        ModelState.TryGetValue("Input.RoleNames", out var entry) ? string.Join(' ', entry.Errors.Select(e => e.ErrorMessage)) : null);

    public async Task OnGetAsync()
    {
        var user = await userAppService.GetAsync(Id);
        Input = new IdentityUserUpdateDto
        {
            UserName = user.UserName,
            Name = user.Name,
            Surname = user.Surname,
            Email = user.Email ?? "",
            PhoneNumber = user.PhoneNumber,
            IsActive = user.IsActive,
            LockoutEnabled = user.LockoutEnabled,
            UnitId = user.UnitId,
            RoleNames = user.RoleNames.ToList(),
            ConcurrencyStamp = user.ConcurrencyStamp,
        };
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var user = await userAppService.UpdateAsync(Id, Input);
        SetNotice("Users:Updated", user.UserName);
        return RedirectToPage("Index");
    }

    protected override Task OnInputRejectedAsync() => LoadAsync();

    private async Task LoadAsync() => Roles = (await userAppService.GetAssignableRolesAsync()).Items;
}
