using Humanitarian.Framework.Application;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Organization.Pages.Organization.Committees;

/// <summary>Steering committees and fundraising boards of the tenant.</summary>
[Authorize(OrganizationPermissions.Committees.Default)]
public sealed class IndexModel(ICommitteeAppService committeeAppService, OrganizationLookups lookups) : OrganizationPageModel
{
    [BindProperty(SupportsGet = true)]
    public ListQuery Query { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "kind")]
    public CommitteeKind? Kind { get; set; }

    public PagedResultDto<CommitteeDto> Result { get; private set; } = new();
    public PagerModel Pager { get; private set; } = null!;
    public List<SelectListItem> Kinds { get; private set; } = [];
    public bool CanCreate { get; private set; }
    public bool CanManageSeatRoles { get; private set; }
    public bool CanUpdate { get; private set; }
    public bool CanDelete { get; private set; }

    private Dictionary<Guid, CommitteeDto> _byId = [];

    public Task OnGetAsync()
    {
        ModelState.Clear(); // a malformed ?skip= or ?kind= falls back to the default, it is no form error
        return LoadAsync();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id)
    {
        var committee = await committeeAppService.GetAsync(id);
        await committeeAppService.DeleteAsync(id);
        SetNotice("Committees:Deleted", committee.Name);
        return RedirectToPage(Query.Route(("kind", Kind)));
    }

    protected override Task OnInputRejectedAsync() => LoadAsync();

    public string? ParentName(CommitteeDto committee) =>
        committee.ParentId is { } parentId && _byId.TryGetValue(parentId, out var parent) ? parent.Name : null;

    private async Task LoadAsync()
    {
        Query.Normalize();
        Result = await committeeAppService.GetListAsync(new CommitteeListInput
        {
            Filter = Query.Filter,
            Kind = Kind,
            Sorting = "name",
            SkipCount = Query.Skip,
            MaxResultCount = Query.Max,
        });
        _byId = (await lookups.GetAllCommitteesAsync()).ToDictionary(c => c.Id);
        Pager = Query.Pager(Result.TotalCount, ("kind", Kind));
        Kinds = EnumItems<CommitteeKind>(KindName, Kind);
        CanCreate = await IsGrantedAsync(OrganizationPermissions.Committees.Create);
        CanManageSeatRoles = await IsGrantedAsync(OrganizationPermissions.Committees.ManageSeatRoles);
        CanUpdate = await IsGrantedAsync(OrganizationPermissions.Committees.Update);
        CanDelete = await IsGrantedAsync(OrganizationPermissions.Committees.Delete);
    }
}
