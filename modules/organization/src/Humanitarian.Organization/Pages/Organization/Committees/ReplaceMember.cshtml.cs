using Humanitarian.Framework.Timing;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Organization.Pages.Organization.Committees;

/// <summary>Kiện toàn: the member's term ends the day before the successor's starts.</summary>
[Authorize(OrganizationPermissions.Committees.Update)]
public sealed class ReplaceMemberModel(ICommitteeAppService committeeAppService, OrganizationLookups lookups, TimeProvider clock)
    : MemberPageModel(committeeAppService, lookups), IMemberForm
{
    [BindProperty]
    public ReplaceCommitteeMemberInput Input { get; set; } = new();

    CommitteeMemberDetailsDto IMemberForm.Input => Input;

    public CommitteeMemberDto Member { get; private set; } = null!;
    public List<SelectListItem> Positions { get; private set; } = [];

    protected override CommitteeMemberDetailsDto Details => Input;

    public async Task<IActionResult> OnGetAsync(Guid memberId)
    {
        Input.MemberId = memberId;
        Input.TermStart = VietnamCalendar.Today(clock);
        Input.Position = (await GetMemberAsync(memberId)).Position;
        return await PageOrReadOnlyAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var replaced = await GetMemberAsync(Input.MemberId ?? Guid.Empty);
        var successor = await CommitteeAppService.ReplaceMemberAsync(Id, Input);
        SetNotice("Members:Replaced", replaced.FullName, successor.FullName);
        return RedirectToPage("Details", new { id = Id });
    }

    protected override async Task LoadAsync()
    {
        await base.LoadAsync();
        Member = await GetMemberAsync(Input.MemberId ?? Guid.Empty);
        Positions = EnumItems<CommitteePosition>(PositionName, Input.Position);
    }
}
