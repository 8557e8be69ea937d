using Humanitarian.Framework.Authorization;
using Humanitarian.Framework.Data;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Organization.Units;
using Humanitarian.Web.Data;
using Humanitarian.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Web.Identity;

/// <summary>
/// Identity's part in a merger or dissolution: every user of the source becomes a user of the tenant
/// their unit goes to — the heir, unless a dissolution sends the unit's area elsewhere. A name that tenant
/// already has gets the source's name appended (the report says so); role memberships carry over to its
/// role of the same name, except <c>admin</c>: running a tenant is for its own admin to grant. Security
/// stamps change, so old sign-ins end.
/// </summary>
public sealed class IdentityReorganisationParticipant(
    HumanitarianDbContext dbContext, IDataFilter dataFilter, ILookupNormalizer normalizer,
    IUnitReorganisationDestinations unitDestinations, IStringLocalizer<HumanitarianResource> l) : ITenantReorganisationParticipant, ITransientDependency
{
    public int Order => 100;

    public async Task<IReadOnlyList<TenantReorganisationLine>> ReorganiseAsync(TenantReorganisationContext context)
    {
        var users = await dbContext.Users.OrderBy(u => u.UserName).ToListAsync();
        var sourceRoles = await dbContext.Roles.ToDictionaryAsync(r => r.Id, r => r.NormalizedName ?? "");
        var userIds = users.Select(u => u.Id).ToList();
        var finalNames = new Dictionary<Guid, string>();
        var memberships = await dbContext.UserRoles.Where(ur => userIds.Contains(ur.UserId)).ToListAsync();
        var destinations = new Dictionary<Guid, Destination>();
        var destinationOfUser = new Dictionary<Guid, Destination>();

        // A user goes where the unit they work for goes; a user of no unit, to the heir.
        var renamed = new List<string>();
        foreach (var user in users)
        {
            var tenant = unitDestinations.DestinationOf(context, user.UnitId);
            if (!destinations.TryGetValue(tenant.Id, out var destination))
            {
                destinations[tenant.Id] = destination = await LoadDestinationAsync(tenant);
            }
            var name = FreeName(user.UserName!, context.Source.Name, destination.TakenNames);
            if (name != user.UserName)
            {
                renamed.Add(l["Reorganisation:UserRenamed", user.UserName!, name]);
            }
            destination.Users.Add(user.Id);
            destinationOfUser[user.Id] = destination;
            finalNames[user.Id] = name;
            user.TenantId = tenant.Id;
            user.UserName = name;
            user.NormalizedUserName = normalizer.NormalizeName(name);
            user.SecurityStamp = Guid.NewGuid().ToString("N");
        }

        var adminRole = normalizer.NormalizeName(DefaultRoleNames.Admin);
        var carried = 0;
        var dropped = new List<string>();
        foreach (var membership in memberships)
        {
            var destination = destinationOfUser[membership.UserId];
            var roleName = sourceRoles.GetValueOrDefault(membership.RoleId, "");
            var carriedTo = roleName == adminRole ? null : destination.Roles.GetValueOrDefault(roleName);
            if (carriedTo is null)
            {
                dropped.Add(l["Reorganisation:RoleNotCarried", finalNames[membership.UserId], roleName.ToLowerInvariant()]);
            }
            else
            {
                carried++;
            }
            dbContext.UserRoles.Remove(membership);
            if (carriedTo is { } roleId)
            {
                dbContext.UserRoles.Add(new IdentityUserRole<Guid> { UserId = membership.UserId, RoleId = roleId });
            }
        }

        var elsewhere = destinations.Values.Where(d => d.Tenant.Id != context.Heir.Id)
            .Select(d => l["Reorganisation:UsersMovedTo", d.Users.Count, d.Tenant.DisplayName].Value);
        var module = l["Reorganisation:Identity"];
        return
        [
            new(module, l["Reorganisation:Users"], users.Count, 0, [..elsewhere, ..renamed]),
            new(module, l["Reorganisation:RoleMemberships"], carried, 0, dropped),
        ];
    }

    /// <summary>A tenant users move to: the names it already has and its roles by normalized name.</summary>
    private sealed record Destination(
        TenantConfiguration Tenant, HashSet<string> TakenNames, Dictionary<string, Guid?> Roles, HashSet<Guid> Users);

    private async Task<Destination> LoadDestinationAsync(TenantConfiguration tenant)
    {
        using (dataFilter.Disable<IMultiTenant>())
        {
            var names = await dbContext.Users.Where(u => u.TenantId == tenant.Id).Select(u => u.NormalizedUserName!).ToListAsync();
            var roles = await dbContext.Roles.Where(r => r.TenantId == tenant.Id)
                .ToDictionaryAsync(r => r.NormalizedName!, r => (Guid?)r.Id);
            return new Destination(tenant, names.ToHashSet(StringComparer.Ordinal), roles, []);
        }
    }

    /// <summary>The user's name if the destination has no such user, else "name.source", "name.source2", ...</summary>
    private string FreeName(string userName, string sourceName, HashSet<string> taken)
    {
        if (taken.Add(normalizer.NormalizeName(userName)))
        {
            return userName;
        }
        for (var n = 1; ; n++)
        {
            var candidate = n == 1 ? $"{userName}.{sourceName}" : $"{userName}.{sourceName}{n}";
            if (taken.Add(normalizer.NormalizeName(candidate)))
            {
                return candidate;
            }
        }
    }
}
