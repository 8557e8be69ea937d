using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Web.MultiTenancy;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Web.Pages.TenantManagement.Tenants;

/// <summary>Select lists of the tenant forms: parents as an indented tree, levels by their Vietnamese names.</summary>
public static class TenantFormOptions
{
    /// <param name="exceptId">A tenant being edited: neither it nor its descendants can be its parent.</param>
    public static async Task<List<SelectListItem>> ParentsAsync(TenantStore store, Guid? exceptId, Guid? selected)
    {
        var all = await store.GetAllAsync();
        var excluded = new HashSet<Guid>();
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
                items.Add(new SelectListItem(prefix + tenant.DisplayName + " (" + tenant.Name + ")", tenant.Id.ToString(), tenant.Id == selected));
                if (depth < 16)
                {
                    Add(tenant.Id, depth + 1);
                }
            }
        }
        Add(null, 0);
        return items;
    }

    public static List<SelectListItem> Levels(Func<TenantLevel, string> name, TenantLevel selected) =>
        Enum.GetValues<TenantLevel>()
            .Select(level => new SelectListItem(name(level), level.ToString(), level == selected))
            .ToList();
}
