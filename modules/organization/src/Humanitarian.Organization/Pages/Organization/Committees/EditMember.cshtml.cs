using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Permissions;
using Humanitarian.Organization.Services.Committees;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Organization.Pages.Organization.Committees;

/// <summary>Corrects who sits in a seat; the position and the term change only by ending or replacing.</summary>
[Authorize(OrganizationPermissions.Committees.Update)]
public sealed class EditMemberModel(ICommitteeAppService committeeAppService, OrganizationLookups lookups)
    : MemberPageModel(committeeAppService, lookups), IMemberForm
{
    [BindProperty(SupportsGet = true)]
    public Guid MemberId { get; set; }

    [BindProperty]
    public UpdateCommitteeMemberDto Input { get; set; } = new();

    CommitteeMemberDetailsDto IMemberForm.Input => Input;

    public CommitteeMemberDto Member { get; private set; } = null!;

    protected override CommitteeMemberDetailsDto Details => Input;

    public async Task<IActionResult> OnGetAsync()
    {
        var member = await GetMemberAsync(MemberId);
        Input = member.ToUpdateDto();
        return await PageOrReadOnlyAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var member = await CommitteeAppService.UpdateMemberAsync(Id, MemberId, Input);
        SetNotice("Members:Updated", member.FullName);
        return RedirectToPage("Details", new { id = Id });
    }

    protected override async Task LoadAsync()
    {
        await base.LoadAsync();
        Member = await GetMemberAsync(MemberId);
    }
}
