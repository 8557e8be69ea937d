using Humanitarian.Framework.Application;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Users;
using Humanitarian.Organization.AdministrativeAreas;
using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Documents;
using Humanitarian.Organization.Units;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Organization.Pages.Organization;

/// <summary>A unit in tree order: its depth below the top of what the user sees.</summary>
public sealed record UnitTreeRow(UnitDto Unit, int Depth);

/// <summary>
/// What the module's pages need beside the record they show: whole lists for trees, names and select
/// lists, read through the same application services (and the host's user lookup).
/// </summary>
public sealed class OrganizationLookups(
    IUnitAppService unitAppService,
    IAdministrativeAreaAppService areaAppService,
    ICommitteeAppService committeeAppService,
    IDocumentAppService documentAppService,
    IExternalUserLookupServiceProvider userLookup) : ITransientDependency
{
    private const int PageSize = LimitedResultRequestDto.MaxMaxResultCount;

    /// <summary>Every unit the user may see (their unit's subtree for a unit officer).</summary>
    public Task<List<UnitDto>> GetAllUnitsAsync(string sorting = "code") =>
        PagedResults.ReadAllAsync(skip => unitAppService.GetListAsync(new UnitListInput { Sorting = sorting, SkipCount = skip, MaxResultCount = PageSize }));

    public Task<List<AdministrativeAreaDto>> GetAllAreasAsync() =>
        PagedResults.ReadAllAsync(skip => areaAppService.GetListAsync(new AdministrativeAreaListInput { Sorting = "code", SkipCount = skip, MaxResultCount = PageSize }));

    public Task<List<CommitteeDto>> GetAllCommitteesAsync() =>
        PagedResults.ReadAllAsync(skip => committeeAppService.GetListAsync(new CommitteeListInput { Sorting = "name", SkipCount = skip, MaxResultCount = PageSize }));

    public Task<List<DocumentDto>> GetAllDocumentsAsync() =>
        PagedResults.ReadAllAsync(skip => documentAppService.GetListAsync(new DocumentListInput { SkipCount = skip, MaxResultCount = PageSize }));

    /// <summary>The tenant's users for a select list (at most a thousand, by user name).</summary>
    public Task<List<IUserData>> GetUsersAsync() => userLookup.SearchAsync(maxResultCount: PageSize);

    /// <summary>
    /// Depth-first order, siblings in the order given. Units whose parent is not in the list (outside a
    /// unit officer's subtree) are tops of the tree.
    /// </summary>
    public static List<UnitTreeRow> Tree(IReadOnlyList<UnitDto> units)
    {
        var ids = units.Select(u => u.Id).ToHashSet();
        var children = units.Where(u => u.ParentId is { } p && ids.Contains(p)).ToLookup(u => u.ParentId!.Value);
        var rows = new List<UnitTreeRow>(units.Count);
        var visited = new HashSet<Guid>();
        void Add(UnitDto unit, int depth)
        {
            if (!visited.Add(unit.Id))
            {
                return;
            }
            rows.Add(new UnitTreeRow(unit, depth));
            foreach (var child in children[unit.Id])
            {
                Add(child, depth + 1);
            }
        }
        foreach (var top in units.Where(u => u.ParentId is not { } p || !ids.Contains(p)))
        {
            Add(top, 0);
        }
        return rows;
    }

    /// <summary>Units as an indented select list.</summary>
    /// <param name="exceptSubtreeOf">A unit being edited: neither it nor a unit below it can be its parent.</param>
    public static List<SelectListItem> UnitOptions(IReadOnlyList<UnitDto> units, Guid? selected, Guid? exceptSubtreeOf = null)
    {
        var items = new List<SelectListItem>();
        int? skipBelow = null;
        foreach (var row in Tree(units))
        {
            if (skipBelow is { } depth && row.Depth > depth)
            {
                continue;
            }
            skipBelow = null;
            if (row.Unit.Id == exceptSubtreeOf)
            {
                skipBelow = row.Depth;
                continue;
            }
            items.Add(new SelectListItem(Indent(row.Depth) + row.Unit.Name + " (" + row.Unit.Code + ")", row.Unit.Id.ToString(), row.Unit.Id == selected));
        }
        return items;
    }

    public static string Indent(int depth) => depth == 0 ? "" : new string('\u00A0', depth * 3) + "└ ";

    /// <summary>Areas as a select list: the district tier first, then communes and wards, each by name.</summary>
    public static List<SelectListItem> AreaOptions(
        IReadOnlyList<AdministrativeAreaDto> areas, Func<AdministrativeAreaLevel, string> levelName, Guid? selected, Guid? except = null)
    {
        var byId = areas.ToDictionary(a => a.Id);
        return areas.Where(a => a.Id != except)
            .OrderBy(a => a.Level).ThenBy(a => a.Name, StringComparer.CurrentCulture)
            .Select(a =>
            {
                var parent = a.ParentId is { } p && byId.TryGetValue(p, out var found) ? ", " + found.Name : "";
                return new SelectListItem($"{a.Name} ({levelName(a.Level)}{parent})", a.Id.ToString(), a.Id == selected);
            })
            .ToList();
    }
}
