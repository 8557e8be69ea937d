using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Users;
using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Permissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Organization.Pages.Organization.Committees;

/// <summary>What the member fields (<c>_MemberFields</c>) show: who sits in the seat.</summary>
public interface IMemberForm
{
    CommitteeMemberDetailsDto Input { get; }
    List<SelectListItem> Users { get; }
    List<SelectListItem> Units { get; }

    /// <summary>Whether the user may change who is linked to the seat (role assignment).</summary>
    bool CanLinkUsers { get; }
    string Label(string propertyName);
}

/// <summary>The pages that seat, correct, end or replace a committee member.</summary>
public abstract class MemberPageModel(ICommitteeAppService committeeAppService, OrganizationLookups lookups)
    : OrganizationPageModel
{
    /// <summary>The committee.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public CommitteeDto Committee { get; private set; } = null!;
    public List<SelectListItem> Users { get; private set; } = [];
    public List<SelectListItem> Units { get; private set; } = [];
    public bool CanLinkUsers { get; private set; }

    protected ICommitteeAppService CommitteeAppService => committeeAppService;

    protected override string FieldLabelKey(string propertyName) => "Member:" + propertyName;

    protected override Task OnInputRejectedAsync() => LoadAsync();

    /// <summary>The person whose seat the form is about, or null for a new member.</summary>
    protected virtual CommitteeMemberDetailsDto? Details => null;

    protected virtual async Task LoadAsync()
    {
        Committee = await committeeAppService.GetAsync(Id);
        CanLinkUsers = await IsGrantedAsync(OrganizationPermissions.Committees.LinkUsers);
        if (Details is { } details)
        {
            Users = (await lookups.GetUsersAsync())
                .Select(u => new SelectListItem(UserCaption(u), u.Id.ToString(), u.Id == details.UserId))
                .ToList();
            Units = OrganizationLookups.UnitOptions(await lookups.GetAllUnitsAsync(), details.UnitId);
        }
    }

    /// <summary>Loads the page, or sends the user to a committee that is not this tenant's own (read-only).</summary>
    protected async Task<IActionResult> PageOrReadOnlyAsync()
    {
        await LoadAsync();
        return RedirectIfNotOwn(Committee.TenantId, Id) ?? Page();
    }

    /// <summary>A member of the committee, with the whole history.</summary>
    protected async Task<CommitteeMemberDto> GetMemberAsync(Guid memberId) =>
        (await committeeAppService.GetMembersAsync(Id, new CommitteeMemberListInput { IncludeEnded = true })).Items
        .FirstOrDefault(m => m.Id == memberId) ?? throw new EntityNotFoundException(typeof(CommitteeMemberDto), memberId);

    private static string UserCaption(IUserData user)
    {
        var name = UserData.DisplayNameOf(user);
        return name == user.UserName ? user.UserName : $"{name} ({user.UserName})";
    }
}
