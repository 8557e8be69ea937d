using Humanitarian.Framework.Timing;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Organization.Pages.Organization.Committees;

/// <summary>Seats a member: a person, optionally their account and unit, a position and a term.</summary>
[Authorize(OrganizationPermissions.Committees.Update)]
public sealed class AddMemberModel(ICommitteeAppService committeeAppService, OrganizationLookups lookups, TimeProvider clock)
    : MemberPageModel(committeeAppService, lookups), IMemberForm
{
    [BindProperty]
    public CreateCommitteeMemberDto Input { get; set; } = new();

    CommitteeMemberDetailsDto IMemberForm.Input => Input;

    public List<SelectListItem> Positions { get; private set; } = [];

    protected override CommitteeMemberDetailsDto Details => Input;

    public Task<IActionResult> OnGetAsync()
    {
        Input.Position = CommitteePosition.Member;
        Input.TermStart = VietnamCalendar.Today(clock);
        return PageOrReadOnlyAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var member = await CommitteeAppService.AddMemberAsync(Id, Input);
        SetNotice("Members:Added", member.FullName, PositionName(member.Position));
        return RedirectToPage("Details", new { id = Id });
    }

    protected override async Task LoadAsync()
    {
        await base.LoadAsync();
        Positions = EnumItems<CommitteePosition>(PositionName, Input.Position);
    }
}
