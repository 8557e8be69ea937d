using Humanitarian.Organization.AdministrativeAreas;
using Humanitarian.Organization.Permissions;
using Humanitarian.Organization.Services.AdministrativeAreas;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Organization.Pages.Organization.Areas;

[Authorize(OrganizationPermissions.AdministrativeAreas.Manage)]
public sealed class EditModel(IAdministrativeAreaAppService areaAppService, OrganizationLookups lookups)
    : AreaFormPageModel(lookups), IAreaForm
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public UpdateAdministrativeAreaDto Input { get; set; } = new();

    CreateAdministrativeAreaDto IAreaForm.Input => Input;

    protected override CreateAdministrativeAreaDto Form => Input;

    protected override Guid? EditedAreaId => Id;

    public async Task OnGetAsync()
    {
        var area = await areaAppService.GetAsync(Id);
        Input = area.ToUpdateDto();
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var area = await areaAppService.UpdateAsync(Id, Input);
        SetNotice("Areas:Updated", area.Name);
        return RedirectToPage("Index");
    }
}
