using Humanitarian.Framework.Application;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Organization.Permissions;
using Humanitarian.Organization.Units;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.WebUtilities;

namespace Humanitarian.Organization.Pages.Organization.Units;

/// <summary>
/// The tenant's units: the whole tree, indented, when nothing filters it; a flat list with each unit's
/// parent when a search, kind or status filter is set.
/// </summary>
[Authorize(OrganizationPermissions.Units.Default)]
public sealed class IndexModel(IUnitAppService unitAppService, OrganizationLookups lookups) : OrganizationPageModel
{
    private static readonly string[] Sortings = ["code", "code desc", "name", "name desc"];

    [BindProperty(SupportsGet = true)]
    public ListQuery Query { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "kind")]
    public UnitKind? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "active")]
    public bool? Active { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    /// <summary>The page's rows; depth 0 for all of them in the flat list.</summary>
    public IReadOnlyList<UnitTreeRow> Rows { get; private set; } = [];

    public bool IsTree { get; private set; }
    public long TotalCount { get; private set; }
    public PagerModel Pager { get; private set; } = null!;
    public List<SelectListItem> Kinds { get; private set; } = [];
    public bool CanCreate { get; private set; }
    public bool CanUpdate { get; private set; }
    public bool CanDelete { get; private set; }

    private Dictionary<Guid, UnitDto> _byId = [];

    public Task OnGetAsync()
    {
        ModelState.Clear(); // a malformed ?skip=, ?kind= or ?active= falls back to the default, it is no form error
        return LoadAsync();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id)
    {
        var unit = await unitAppService.GetAsync(id);
        await unitAppService.DeleteAsync(id);
        SetNotice("Units:Deleted", unit.Name);
        return RedirectToPage(ListRoute());
    }

    protected override Task OnInputRejectedAsync() => LoadAsync();

    public string? ParentName(UnitDto unit) =>
        unit.ParentId is { } parentId && _byId.TryGetValue(parentId, out var parent) ? parent.Name : null;

    /// <summary>The sorting a column header links to: ascending first, then descending.</summary>
    public string SortLinkFor(string column) => Sort == column ? column + " desc" : column;

    /// <summary>"ascending", "descending" or null for the column the list is sorted by.</summary>
    public string? SortDirectionOf(string column) =>
        Sort == column ? "ascending" : Sort == column + " desc" ? "descending" : null;

    public string SortIconOf(string column) => SortDirectionOf(column) switch
    {
        "ascending" => "fa-sort-up",
        "descending" => "fa-sort-down",
        _ => "fa-sort text-muted",
    };

    /// <summary>An Excel export of what the list shows (same search, filters and order), e.g. <c>api/app/unit/export-excel</c>.</summary>
    public string ExportUrl(string apiPath) =>
        QueryHelpers.AddQueryString(Url.Content("~/" + apiPath), ListQuery.RouteValues(
                ("filter", Query.Filter), ("kind", Kind), ("isActive", Active), ("sorting", Sort))
            .Where(v => !string.IsNullOrEmpty(v.Value)));

    public object ListRoute() => Query.Route(("kind", Kind), ("active", Active), ("sort", Sort));

    private async Task LoadAsync()
    {
        Query.Normalize();
        var sort = Sortings.Contains(Sort) ? Sort! : "code";
        Sort = sort;
        var all = await lookups.GetAllUnitsAsync(sort);
        _byId = all.ToDictionary(u => u.Id);
        IsTree = Query.Filter is null && Kind is null && Active is null;
        if (IsTree)
        {
            var tree = OrganizationLookups.Tree(all);
            TotalCount = tree.Count;
            Rows = tree.Skip(Query.Skip).Take(Query.Max).ToList();
        }
        else
        {
            var result = await unitAppService.GetListAsync(new UnitListInput
            {
                Filter = Query.Filter,
                Kind = Kind,
                IsActive = Active,
                Sorting = Sort,
                SkipCount = Query.Skip,
                MaxResultCount = Query.Max,
            });
            TotalCount = result.TotalCount;
            Rows = result.Items.Select(u => new UnitTreeRow(u, 0)).ToList();
        }
        Pager = Query.Pager(TotalCount, ("kind", Kind), ("active", Active), ("sort", Sort));
        Kinds = EnumItems<UnitKind>(KindName, Kind);
        CanCreate = await IsGrantedAsync(OrganizationPermissions.Units.Create);
        CanUpdate = await IsGrantedAsync(OrganizationPermissions.Units.Update);
        CanDelete = await IsGrantedAsync(OrganizationPermissions.Units.Delete);
    }
}
