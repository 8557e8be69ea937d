using Humanitarian.Organization.AdministrativeAreas;
using Humanitarian.Organization.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Organization.Pages.Organization.Areas;

[Authorize(OrganizationPermissions.AdministrativeAreas.Manage)]
public sealed class CreateModel(IAdministrativeAreaAppService areaAppService, OrganizationLookups lookups)
    : AreaFormPageModel(lookups), IAreaForm
{
    [BindProperty]
    public CreateAdministrativeAreaDto Input { get; set; } = new();

    protected override CreateAdministrativeAreaDto Form => Input;

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var area = await areaAppService.CreateAsync(Input);
        SetNotice("Areas:Created", area.Name);
        return RedirectToPage("Index");
    }
}
