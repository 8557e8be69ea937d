using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Permissions;
using Humanitarian.Organization.Services.Committees;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Organization.Pages.Organization.Committees;

[Authorize(OrganizationPermissions.Committees.Update)]
public sealed class EditModel(ICommitteeAppService committeeAppService, OrganizationLookups lookups)
    : CommitteeFormPageModel(lookups), ICommitteeForm
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public UpdateCommitteeDto Input { get; set; } = new();

    CreateCommitteeDto ICommitteeForm.Input => Input;

    protected override CreateCommitteeDto Form => Input;

    protected override Guid? EditedCommitteeId => Id;

    public async Task<IActionResult> OnGetAsync()
    {
        var committee = await committeeAppService.GetAsync(Id);
        if (RedirectIfNotOwn(committee.TenantId, Id) is { } readOnly)
        {
            return readOnly;
        }
        Input = committee.ToUpdateDto();
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var committee = await committeeAppService.UpdateAsync(Id, Input);
        SetNotice("Committees:Updated", committee.Name);
        return RedirectToPage("Details", new { id = committee.Id });
    }
}
