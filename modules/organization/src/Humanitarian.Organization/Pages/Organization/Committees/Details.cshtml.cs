using Humanitarian.Framework.Users;
using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Documents;
using Humanitarian.Organization.Permissions;
using Microsoft.AspNetCore.Authorization;

namespace Humanitarian.Organization.Pages.Organization.Committees;

/// <summary>A committee with its current members and its history (members whose term has ended).</summary>
[Authorize(OrganizationPermissions.Committees.Default)]
public sealed class DetailsModel(
    ICommitteeAppService committeeAppService,
    IExternalUserLookupServiceProvider userLookup,
    OrganizationLookups lookups) : OrganizationPageModel
{
    public Guid Id { get; set; }

    public CommitteeDto Committee { get; private set; } = null!;
    public CommitteeDto? Parent { get; private set; }
    public IReadOnlyList<CommitteeDto> Children { get; private set; } = [];

    /// <summary>The establishing decision when it is this tenant's own (or inherited) document.</summary>
    public DocumentDto? EstablishingDocument { get; private set; }

    /// <summary>Members whose term has not ended (including those who start later).</summary>
    public IReadOnlyList<CommitteeMemberDto> CurrentMembers { get; private set; } = [];

    /// <summary>Members whose term has ended, the latest first.</summary>
    public IReadOnlyList<CommitteeMemberDto> History { get; private set; } = [];

    public bool CanUpdate { get; private set; }

    private Dictionary<Guid, string> _unitNames = [];
    private readonly Dictionary<Guid, string> _userNames = [];

    public string? UnitName(Guid? unitId) => unitId is { } id && _unitNames.TryGetValue(id, out var name) ? name : null;

    public string? UserName(Guid? userId) => userId is { } id && _userNames.TryGetValue(id, out var name) ? name : null;

    /// <summary>A term can be ended or handed over while no end is set.</summary>
    public static bool IsOpen(CommitteeMemberDto member) => member.TermEnd is null;

    public async Task OnGetAsync(Guid id)
    {
        Id = id;
        Committee = await committeeAppService.GetAsync(id);
        var committees = await lookups.GetAllCommitteesAsync();
        Parent = committees.FirstOrDefault(c => c.Id == Committee.ParentId);
        Children = committees.Where(c => c.ParentId == id).ToList();
        if (Committee.EstablishingDocumentId is { } documentId)
        {
            EstablishingDocument = (await lookups.GetAllDocumentsAsync()).FirstOrDefault(d => d.Id == documentId);
        }
        CurrentMembers = (await committeeAppService.GetMembersAsync(id, new CommitteeMemberListInput())).Items;
        var currentIds = CurrentMembers.Select(m => m.Id).ToHashSet();
        History = (await committeeAppService.GetMembersAsync(id, new CommitteeMemberListInput { IncludeEnded = true })).Items
            .Where(m => !currentIds.Contains(m.Id))
            .OrderByDescending(m => m.TermEnd).ThenBy(m => m.Position)
            .ToList();
        _unitNames = (await lookups.GetAllUnitsAsync()).ToDictionary(u => u.Id, u => u.Name);
        foreach (var userId in CurrentMembers.Concat(History).Select(m => m.UserId).OfType<Guid>().Distinct())
        {
            if (await userLookup.FindByIdAsync(userId) is { } user)
            {
                _userNames[userId] = user.UserName;
            }
        }
        // A closed predecessor's committee is a record of the past: no edits, no new members.
        CanUpdate = Committee.FormerTenantName is null && await IsGrantedAsync(OrganizationPermissions.Committees.Update);
    }
}
