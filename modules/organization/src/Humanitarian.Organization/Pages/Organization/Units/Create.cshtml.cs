using Humanitarian.Organization.Permissions;
using Humanitarian.Organization.Units;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Organization.Pages.Organization.Units;

[Authorize(OrganizationPermissions.Units.Create)]
public sealed class CreateModel(IUnitAppService unitAppService, OrganizationLookups lookups) : UnitFormPageModel(lookups), IUnitForm
{
    [BindProperty]
    public CreateUnitDto Input { get; set; } = new();

    protected override CreateUnitDto Form => Input;

    /// <param name="parentId">"Add a unit below this one" from a unit's page.</param>
    public Task OnGetAsync(Guid? parentId)
    {
        Input.ParentId = parentId;
        return LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var unit = await unitAppService.CreateAsync(Input);
        SetNotice("Units:Created", unit.Name);
        return RedirectToPage("Details", new { id = unit.Id });
    }
}
