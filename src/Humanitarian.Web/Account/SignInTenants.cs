using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Web.Account;

/// <summary>The tenant an anonymous account form names (sign-in, forgotten password): typed in the form, offered from the last sign-in.</summary>
public sealed class SignInTenants(ITenantStore tenantStore, IStringLocalizer<HumanitarianResource> l) : ITransientDependency
{
    /// <summary>The tenant of the last sign-in on this browser, from the <c>__tenant</c> cookie.</summary>
    public async Task<string?> RememberedNameAsync(HttpRequest request)
    {
        if (request.Cookies[TenantResolutionMiddleware.TenantKey] is not { Length: > 0 } key)
        {
            return null;
        }
        var tenant = Guid.TryParse(key, out var id) ? await tenantStore.FindAsync(id) : await tenantStore.FindAsync(key);
        return tenant?.Name;
    }

    /// <summary>The active tenant of that name (none for an empty name: the national level), or why there is none.</summary>
    public async Task<(TenantConfiguration? Tenant, string? Error)> FindAsync(string? tenantName)
    {
        var name = tenantName?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return (null, null);
        }
        var tenant = await tenantStore.FindAsync(name);
        if (tenant is { IsActive: true })
        {
            return (tenant, null);
        }
        // Officials of a merged province keep typing its name for a while: point them to the heir.
        var heir = tenant?.SuccessorId is { } heirId ? await tenantStore.FindAsync(heirId) : null;
        return (null, heir is null
            ? l["Login:TenantNotFound", name]
            : l["Login:TenantMerged", tenant!.DisplayName, heir.DisplayName, heir.Name]);
    }
}
