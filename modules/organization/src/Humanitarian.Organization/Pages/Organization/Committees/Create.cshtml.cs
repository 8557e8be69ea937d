using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Organization.Pages.Organization.Committees;

[Authorize(OrganizationPermissions.Committees.Create)]
public sealed class CreateModel(ICommitteeAppService committeeAppService, OrganizationLookups lookups)
    : CommitteeFormPageModel(lookups), ICommitteeForm
{
    [BindProperty]
    public CreateCommitteeDto Input { get; set; } = new();

    protected override CreateCommitteeDto Form => Input;

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
        var committee = await committeeAppService.CreateAsync(Input);
        SetNotice("Committees:Created", committee.Name);
        return RedirectToPage("Details", new { id = committee.Id });
    }
}
