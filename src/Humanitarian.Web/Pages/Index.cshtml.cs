using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Framework.Authorization;
using Humanitarian.Framework.Data;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.UI.Dashboard;
using Humanitarian.Web.Data;
using Humanitarian.Web.Identity;
using Humanitarian.Web.MultiTenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Humanitarian.Web.Pages;

/// <summary>A tenant in the dashboard's tree: its depth below the listed root and its users (a count).</summary>
public sealed record TenantTreeRow(TenantConfiguration Tenant, int Depth, string? ParentName, int UserCount);

/// <summary>
/// The home dashboard. The host sees the national roll-up (tenants and user counts per tenant); a
/// tenant sees itself, its parent, its descendants with their user counts, and its roles. Only
/// counts cross a tenant's boundary, never rows.
/// </summary>
[Authorize]
public sealed class IndexModel(
    ICurrentTenant currentTenant,
    TenantStore tenantStore,
    HumanitarianDbContext dbContext,
    IDataFilter dataFilter,
    TenantRollup rollup,
    IOptions<AbpDashboardOptions> dashboard,
    IPermissionChecker permissions) : HumanitarianPageModel
{
    public bool IsHost => !currentTenant.IsAvailable;

    // Host
    public int ProvinceCount { get; private set; }
    public int DistrictCount { get; private set; }
    public int CommuneCount { get; private set; }
    public int ActiveCount { get; private set; }
    public int InactiveCount { get; private set; }
    public int ClosedCount { get; private set; }
    public int TotalUserCount { get; private set; }
    public int HostUserCount { get; private set; }

    // Tenant
    public TenantConfiguration? Tenant { get; private set; }
    public TenantConfiguration? Parent { get; private set; }
    public IReadOnlyList<TenantConfiguration> Children { get; private set; } = [];
    public int UserCount { get; private set; }
    public int RoleCount { get; private set; }
    public int DescendantUserCount { get; private set; }

    /// <summary>Host: every tenant, provinces first with their subtrees; tenant: its descendants.</summary>
    public IReadOnlyList<TenantTreeRow> Tree { get; private set; } = [];

    /// <summary>Chart.js configuration for <c>canvas[data-chart]</c>.</summary>
    public string ChartJson { get; private set; } = "";

    /// <summary>The modules' cards this user may see, in order (e.g. Campaigns' "my overdue items").</summary>
    public IReadOnlyList<DashboardWidget> Widgets { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var widgets = new List<DashboardWidget>();
        foreach (var widget in dashboard.Value.Widgets.OrderBy(w => w.Order))
        {
            if (widget.RequiredPermission is null || await permissions.IsGrantedAsync(widget.RequiredPermission))
            {
                widgets.Add(widget);
            }
        }
        Widgets = widgets;

        if (currentTenant.Id is { } tenantId)
        {
            await LoadTenantAsync(tenantId);
        }
        else
        {
            await LoadHostAsync();
        }
    }

    private async Task LoadHostAsync()
    {
        var all = await tenantStore.GetAllAsync();
        // Merged and dissolved tenants are history: the levels count the tenants that exist today.
        var open = all.Where(t => !t.IsClosed).ToList();
        ProvinceCount = open.Count(t => t.Level == TenantLevel.Province);
        DistrictCount = open.Count(t => t.Level == TenantLevel.District);
        CommuneCount = open.Count(t => t.Level == TenantLevel.Commune);
        ActiveCount = open.Count(t => t.IsActive);
        InactiveCount = open.Count - ActiveCount;
        ClosedCount = all.Count - open.Count;

        // The national level counts users per tenant: an aggregate, no tenant's rows leave the query.
        Dictionary<Guid, int> perTenant;
        using (dataFilter.Disable<IMultiTenant>())
        {
            var counts = await dbContext.Users.GroupBy(u => u.TenantId)
                .Select(g => new { TenantId = g.Key, Count = g.Count() }).ToListAsync();
            HostUserCount = counts.Where(c => c.TenantId == null).Sum(c => c.Count);
            TotalUserCount = counts.Sum(c => c.Count);
            perTenant = counts.Where(c => c.TenantId != null).ToDictionary(c => c.TenantId!.Value, c => c.Count);
        }

        var roots = all.Where(t => t.ParentId is null || all.All(p => p.Id != t.ParentId));
        Tree = BuildTree(all, roots, perTenant);

        // Users per province (or other top-level tenant), its whole subtree included.
        var subtreeTotals = Tree.Where(r => r.Depth == 0).Select(r => new
        {
            r.Tenant.DisplayName,
            Users = SubtreeIds(all, r.Tenant.Id).Sum(id => perTenant.GetValueOrDefault(id)),
        }).ToList();
        ChartJson = Charts.Bar(L["Dashboard:UsersPerProvince"], subtreeTotals.Select(s => s.DisplayName), subtreeTotals.Select(s => (long)s.Users));
    }

    private async Task LoadTenantAsync(Guid tenantId)
    {
        var all = await tenantStore.GetAllAsync();
        Tenant = all.FirstOrDefault(t => t.Id == tenantId);
        Parent = Tenant?.ParentId is { } parentId ? all.FirstOrDefault(t => t.Id == parentId) : null;
        Children = all.Where(t => t.ParentId == tenantId).OrderBy(t => t.DisplayName).ToList();

        UserCount = await dbContext.Users.CountAsync();
        RoleCount = await dbContext.Roles.CountAsync();

        // Descendants' users through the framework's roll-up helper: counts only.
        var perTenant = await rollup.AggregateAsync<AppUser, Dictionary<Guid, int>>(tenantId, async (users, _) =>
            (await users.GroupBy(u => u.TenantId).Select(g => new { TenantId = g.Key, Count = g.Count() }).ToListAsync())
            .ToDictionary(c => c.TenantId!.Value, c => c.Count));
        DescendantUserCount = perTenant.Values.Sum();
        Tree = BuildTree(all, Children, perTenant);

        // Users per role of this tenant (the role filter keeps to the tenant; user-role links have none).
        var perRole = await dbContext.Roles.OrderBy(r => r.Name)
            .Select(r => new { r.Name, Count = dbContext.UserRoles.Count(ur => ur.RoleId == r.Id) })
            .ToListAsync();
        ChartJson = Charts.Bar(L["Dashboard:UsersPerRole"], perRole.Select(r => RoleDisplayName(r.Name ?? "")), perRole.Select(r => (long)r.Count));
    }

    private static List<TenantTreeRow> BuildTree(
        IReadOnlyList<TenantConfiguration> all, IEnumerable<TenantConfiguration> roots, IReadOnlyDictionary<Guid, int> userCounts)
    {
        var rows = new List<TenantTreeRow>();
        var visited = new HashSet<Guid>();
        void Add(TenantConfiguration tenant, int depth)
        {
            if (!visited.Add(tenant.Id))
            {
                return;
            }
            var parentName = all.FirstOrDefault(p => p.Id == tenant.ParentId)?.DisplayName;
            rows.Add(new TenantTreeRow(tenant, depth, parentName, userCounts.GetValueOrDefault(tenant.Id)));
            foreach (var child in all.Where(t => t.ParentId == tenant.Id).OrderBy(t => t.DisplayName, StringComparer.CurrentCulture))
            {
                Add(child, depth + 1);
            }
        }
        foreach (var root in roots.OrderBy(t => t.DisplayName, StringComparer.CurrentCulture))
        {
            Add(root, 0);
        }
        return rows;
    }

    private static IEnumerable<Guid> SubtreeIds(IReadOnlyList<TenantConfiguration> all, Guid rootId)
    {
        var frontier = new Queue<Guid>([rootId]);
        var seen = new HashSet<Guid>();
        while (frontier.TryDequeue(out var id))
        {
            if (!seen.Add(id))
            {
                continue;
            }
            yield return id;
            foreach (var child in all.Where(t => t.ParentId == id))
            {
                frontier.Enqueue(child.Id);
            }
        }
    }
}
