using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Web.MultiTenancy;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Web.Pages.TenantManagement.Tenants;

/// <summary>Select lists of the tenant forms: tenants as an indented tree, levels by their Vietnamese names.</summary>
public static class TenantFormOptions
{
    /// <summary>
    /// The possible parents. Closed tenants are history (the service refuses them as parents), so they and
    /// what hangs under them are left out.
    /// </summary>
    /// <param name="exceptId">A tenant being edited: neither it nor its descendants can be its parent.</param>
    public static Task<List<SelectListItem>> ParentsAsync(TenantStore store, Guid? exceptId, Guid? selected) =>
        TreeAsync(store, exceptId, selected, disabled: _ => false);

    /// <summary>
    /// The possible heirs of <paramref name="sourceId"/>: open tenants outside it. An inactive one stays in the
    /// tree, greyed out, so its active children still show where they belong.
    /// </summary>
    public static Task<List<SelectListItem>> SuccessorsAsync(TenantStore store, Guid sourceId, Guid? selected) =>
        TreeAsync(store, sourceId, selected, disabled: t => !t.IsActive);

    /// <summary>
    /// Where a dissolved tenant's area may go: any open, active tenant but the source itself. The source
    /// stays in the tree, greyed out, because its own children (the communes) are the usual choice.
    /// </summary>
    public static Task<List<SelectListItem>> AreaSuccessorsAsync(TenantStore store, Guid sourceId) =>
        TreeAsync(store, null, null, disabled: t => !t.IsActive || t.Id == sourceId);

    public static List<SelectListItem> Levels(Func<TenantLevel, string> name, TenantLevel selected) =>
        Enum.GetValues<TenantLevel>()
            .Select(level => new SelectListItem(name(level), level.ToString(), level == selected))
            .ToList();

    private static async Task<List<SelectListItem>> TreeAsync(
        TenantStore store, Guid? exceptId, Guid? selected, Func<TenantConfiguration, bool> disabled)
    {
        var all = await store.GetAllAsync();
        var excluded = all.Where(t => t.IsClosed).Select(t => t.Id).ToHashSet();
        if (exceptId is { } id)
        {
            excluded.Add(id);
            excluded.UnionWith((await store.GetDescendantsAsync(id)).Select(t => t.Id));
        }
        var items = new List<SelectListItem>();
        void Add(Guid? parentId, int depth)
        {
            foreach (var tenant in all.Where(t => t.ParentId == parentId && !excluded.Contains(t.Id))
                         .OrderBy(t => t.DisplayName, StringComparer.CurrentCulture))
            {
                var prefix = depth == 0 ? "" : new string('\u00A0', depth * 3) + "└ ";
                items.Add(new SelectListItem(prefix + tenant.DisplayName + " (" + tenant.Name + ")", tenant.Id.ToString(), tenant.Id == selected)
                {
                    Disabled = disabled(tenant),
                });
                if (depth < 16)
                {
                    Add(tenant.Id, depth + 1);
                }
            }
        }
        Add(null, 0);
        return items;
    }
}
