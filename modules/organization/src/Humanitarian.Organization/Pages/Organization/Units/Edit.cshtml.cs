using Humanitarian.Organization.Permissions;
using Humanitarian.Organization.Services.Units;
using Humanitarian.Organization.Units;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Organization.Pages.Organization.Units;

/// <summary>Edits a unit; a new parent moves it with its subtree (never below itself).</summary>
[Authorize(OrganizationPermissions.Units.Update)]
public sealed class EditModel(IUnitAppService unitAppService, OrganizationLookups lookups) : UnitFormPageModel(lookups), IUnitForm
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public UpdateUnitDto Input { get; set; } = new();

    CreateUnitDto IUnitForm.Input => Input;

    protected override CreateUnitDto Form => Input;

    protected override Guid? EditedUnitId => Id;

    public async Task OnGetAsync()
    {
        var unit = await unitAppService.GetAsync(Id);
        Input = unit.ToUpdateDto();
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var unit = await unitAppService.UpdateAsync(Id, Input);
        SetNotice("Units:Updated", unit.Name);
        return RedirectToPage("Details", new { id = unit.Id });
    }
}
