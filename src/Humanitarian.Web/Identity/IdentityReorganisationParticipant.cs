using Humanitarian.Framework.Authorization;
using Humanitarian.Framework.Data;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Web.Data;
using Humanitarian.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Web.Identity;

/// <summary>
/// Identity's part in a merger or dissolution: every user of the source becomes a user of the heir
/// (a name the heir already has gets the source's name appended, and the user is told in the report);
/// role memberships carry over to the heir's role of the same name — except <c>admin</c>: running the
/// heir is for the heir's own admin to grant. Security stamps change, so old sign-ins end.
/// </summary>
public sealed class IdentityReorganisationParticipant(
    HumanitarianDbContext dbContext, IDataFilter dataFilter, ILookupNormalizer normalizer,
    IStringLocalizer<HumanitarianResource> l) : ITenantReorganisationParticipant, ITransientDependency
{
    public int Order => 100;

    public async Task<IReadOnlyList<TenantReorganisationLine>> ReorganiseAsync(TenantReorganisationContext context)
    {
        var users = await dbContext.Users.OrderBy(u => u.UserName).ToListAsync();
        var sourceRoles = await dbContext.Roles.ToDictionaryAsync(r => r.Id, r => r.NormalizedName ?? "");
        HashSet<string> takenNames;
        Dictionary<string, Guid> heirRoles;
        using (dataFilter.Disable<IMultiTenant>())
        {
            takenNames = (await dbContext.Users.Where(u => u.TenantId == context.Heir.Id)
                .Select(u => u.NormalizedUserName!).ToListAsync()).ToHashSet(StringComparer.Ordinal);
            heirRoles = await dbContext.Roles.Where(r => r.TenantId == context.Heir.Id)
                .ToDictionaryAsync(r => r.NormalizedName!, r => r.Id);
        }
        var userIds = users.Select(u => u.Id).ToList();
        var memberships = await dbContext.UserRoles.Where(ur => userIds.Contains(ur.UserId)).ToListAsync();

        var renamed = new List<string>();
        foreach (var user in users)
        {
            var name = FreeName(user.UserName!, context.Source.Name, takenNames);
            if (name != user.UserName)
            {
                renamed.Add(l["Reorganisation:UserRenamed", user.UserName!, name]);
            }
            if (context.IsPreview) continue;
            user.TenantId = context.Heir.Id;
            user.UserName = name;
            user.NormalizedUserName = normalizer.NormalizeName(name);
            user.SecurityStamp = Guid.NewGuid().ToString("N");
        }

        var adminRole = normalizer.NormalizeName(DefaultRoleNames.Admin);
        var carried = 0;
        var dropped = new List<string>();
        foreach (var membership in memberships)
        {
            var roleName = sourceRoles.GetValueOrDefault(membership.RoleId, "");
            var heirRole = roleName == adminRole ? (Guid?)null : heirRoles.TryGetValue(roleName, out var id) ? id : null;
            if (heirRole is null)
            {
                var user = users.Single(u => u.Id == membership.UserId);
                dropped.Add(l["Reorganisation:RoleNotCarried", user.UserName!, roleName.ToLowerInvariant()]);
            }
            else
            {
                carried++;
            }
            if (context.IsPreview) continue;
            dbContext.UserRoles.Remove(membership);
            if (heirRole is { } carriedTo)
            {
                dbContext.UserRoles.Add(new IdentityUserRole<Guid> { UserId = membership.UserId, RoleId = carriedTo });
            }
        }

        var module = l["Reorganisation:Identity"];
        return
        [
            new(module, l["Reorganisation:Users"], users.Count, 0, renamed),
            new(module, l["Reorganisation:RoleMemberships"], carried, 0, dropped),
        ];
    }

    /// <summary>The user's name if the heir has no such user, else "name.source", "name.source2", ...</summary>
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
