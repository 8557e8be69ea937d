using Humanitarian.Web.Authorization;
using Humanitarian.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Web.Pages.Identity.Roles;

[Authorize(IdentityPermissions.Roles.Update)]
public sealed class EditModel(IIdentityRoleAppService roleAppService) : HumanitarianPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public IdentityRoleUpdateDto Input { get; set; } = new();

    /// <summary>Seeded roles keep their names.</summary>
    public bool IsStatic { get; private set; }

    protected override string FieldLabelKey(string propertyName) => "Role:" + propertyName;

    protected override IReadOnlyDictionary<string, string> MemberAliases { get; } =
        new Dictionary<string, string> { ["userName"] = nameof(IdentityRoleUpdateDto.Name) };

    public async Task OnGetAsync()
    {
        var role = await roleAppService.GetAsync(Id);
        Input = new IdentityRoleUpdateDto
        {
            Name = role.Name,
            IsDefault = role.IsDefault,
            IsPublic = role.IsPublic,
            ConcurrencyStamp = role.ConcurrencyStamp,
        };
        IsStatic = role.IsStatic;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await OnInputRejectedAsync();
            return Page();
        }
        var role = await roleAppService.UpdateAsync(Id, Input);
        SetNotice("Roles:Updated", role.Name);
        return RedirectToPage("Index");
    }

    protected override async Task OnInputRejectedAsync() => IsStatic = (await roleAppService.GetAsync(Id)).IsStatic;
}
