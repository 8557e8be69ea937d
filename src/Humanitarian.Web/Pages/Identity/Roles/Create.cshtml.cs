using Humanitarian.Web.Authorization;
using Humanitarian.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Web.Pages.Identity.Roles;

[Authorize(IdentityPermissions.Roles.Create)]
public sealed class CreateModel(IIdentityRoleAppService roleAppService) : HumanitarianPageModel
{
    [BindProperty]
    public IdentityRoleCreateDto Input { get; set; } = new();

    protected override string FieldLabelKey(string propertyName) => "Role:" + propertyName;

    // Identity reports a taken or invalid role name under "userName".
    protected override IReadOnlyDictionary<string, string> MemberAliases { get; } =
        new Dictionary<string, string> { ["userName"] = nameof(IdentityRoleCreateDto.Name) };

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var role = await roleAppService.CreateAsync(Input);
        SetNotice("Roles:Created", role.Name);
        return RedirectToPage("Index");
    }
}
