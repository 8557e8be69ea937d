using Humanitarian.Framework.Timing;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Organization.Pages.Organization.Committees;

/// <summary>Ends a member's term on a given day: the member stays in the history and loses the position's role.</summary>
[Authorize(OrganizationPermissions.Committees.Update)]
public sealed class EndTermModel(ICommitteeAppService committeeAppService, OrganizationLookups lookups, TimeProvider clock)
    : MemberPageModel(committeeAppService, lookups)
{
    [BindProperty]
    public EndCommitteeMemberTermInput Input { get; set; } = new();

    public CommitteeMemberDto Member { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(Guid memberId)
    {
        Input.MemberId = memberId;
        Input.TermEnd = VietnamCalendar.Today(clock);
        return PageOrReadOnlyAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var member = await CommitteeAppService.EndMemberTermAsync(Id, Input);
        SetNotice("Members:TermEnded", member.FullName, Date(member.TermEnd));
        return RedirectToPage("Details", new { id = Id });
    }

    protected override async Task LoadAsync()
    {
        await base.LoadAsync();
        Member = await GetMemberAsync(Input.MemberId ?? Guid.Empty);
    }
}
