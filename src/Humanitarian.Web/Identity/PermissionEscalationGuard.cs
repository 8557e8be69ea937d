using Humanitarian.Framework.Authorization;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.MultiTenancy;

namespace Humanitarian.Web.Identity;

/// <summary>
/// Keeps a manager of users, roles or grants from rising above its own permissions sideways: it gives
/// (or takes away) only roles whose every grant it holds itself, changes only users who hold nothing it
/// lacks (else it could set their password and be them), and grants only permissions it holds.
/// Computed once per request scope from the caller's effective permissions.
/// </summary>
public sealed class PermissionEscalationGuard(
    IPermissionChecker permissionChecker, PermissionStore store, PermissionDefinitionManager definitions,
    ICurrentTenant currentTenant) : IScopedDependency
{
    private HashSet<string>? _held;

    public async Task<bool> CallerHoldsAsync(string permissionName) => (await HeldAsync()).Contains(permissionName);

    /// <summary>Whether every grant of the role is one the caller holds.</summary>
    public async Task<bool> CanAssignRoleAsync(string roleName) =>
        await HoldsAllAsync(await store.GetRoleGrantsAsync(roleName));

    /// <summary>Whether the user holds nothing (through its roles or its own grants) that the caller lacks.</summary>
    public async Task<bool> CanManageUserAsync(Guid userId, IEnumerable<string> roleNames)
    {
        if (!await HoldsAllAsync(await store.GetUserGrantsAsync(userId)))
        {
            return false;
        }
        foreach (var role in roleNames)
        {
            if (!await CanAssignRoleAsync(role))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Whether the permission can be held here at all (enabled, of the current side, parents too). Grants of
    /// any other (admin holds disabled ones too) give nothing and are ignored.
    /// </summary>
    public bool IsOnCurrentSide(PermissionDefinition permission) =>
        permission.IsUsableOn(currentTenant.IsAvailable ? MultiTenancySides.Tenant : MultiTenancySides.Host);

    private async Task<bool> HoldsAllAsync(IEnumerable<string> grants)
    {
        var held = await HeldAsync();
        return grants.All(g => definitions.GetOrNull(g) is not { } permission || !IsOnCurrentSide(permission) || held.Contains(g));
    }

    private async Task<HashSet<string>> HeldAsync()
    {
        if (_held is null)
        {
            var held = new HashSet<string>(StringComparer.Ordinal);
            foreach (var permission in definitions.All)
            {
                if (await permissionChecker.IsGrantedAsync(permission.Name))
                {
                    held.Add(permission.Name);
                }
            }
            _held = held;
        }
        return _held;
    }
}
