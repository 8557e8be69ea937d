using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Users;

namespace Humanitarian.Framework.Authorization;

/// <summary>
/// A permission is granted when one of the user's roles or the user itself holds it and every parent
/// permission in the current tenant, and the permission and its parents are enabled and belong to the current side (host or tenant).
/// </summary>
public sealed class PermissionChecker(
    ICurrentUser currentUser, ICurrentTenant currentTenant, PermissionStore store,
    PermissionDefinitionManager definitions) : IPermissionChecker, IScopedDependency
{
    public async Task<bool> IsGrantedAsync(string name)
    {
        if (!currentUser.IsAuthenticated || definitions.GetOrNull(name) is not { } permission)
        {
            return false;
        }
        if (!permission.IsUsableOn(currentTenant.IsAvailable ? MultiTenancySides.Tenant : MultiTenancySides.Host))
        {
            return false;
        }
        for (var p = permission; p is not null; p = p.Parent)
        {
            if (!await IsGrantedToUserOrAnyRoleAsync(p.Name))
            {
                return false;
            }
        }
        return true;
    }

    private async Task<bool> IsGrantedToUserOrAnyRoleAsync(string name)
    {
        if (currentUser.Id is { } userId && (await store.GetUserGrantsAsync(userId)).Contains(name))
        {
            return true;
        }
        foreach (var role in currentUser.Roles)
        {
            if ((await store.GetRoleGrantsAsync(role)).Contains(name))
            {
                return true;
            }
        }
        return false;
    }
}
