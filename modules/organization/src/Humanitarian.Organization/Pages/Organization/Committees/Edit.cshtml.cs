using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Permissions;
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
        Input = new UpdateCommitteeDto
        {
            Name = committee.Name,
            Kind = committee.Kind,
            CampaignOrFundName = committee.CampaignOrFundName,
            EstablishingDocumentId = committee.EstablishingDocumentId,
            ParentId = committee.ParentId,
            Note = committee.Note,
            ConcurrencyStamp = committee.ConcurrencyStamp,
        };
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
