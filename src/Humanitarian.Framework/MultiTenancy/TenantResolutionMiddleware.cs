using Humanitarian.Framework.AspNetCore;
using Humanitarian.Framework.Users;
using Microsoft.AspNetCore.Http;

namespace Humanitarian.Framework.MultiTenancy;

/// <summary>
/// Sets the request's tenant. A signed-in user is always in their own tenant (a <c>__tenant</c> value
/// naming another one is ignored); an anonymous caller names one by header, query string or cookie.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next)
{
    public const string TenantKey = "__tenant";

    public async Task InvokeAsync(
        HttpContext context, ICurrentTenant currentTenant, ICurrentUser currentUser, ITenantStore store)
    {
        TenantConfiguration? tenant = null;
        if (currentUser.IsAuthenticated)
        {
            tenant = currentUser.TenantId is { } ownId ? await store.FindAsync(ownId) : null;
            if (currentUser.TenantId.HasValue && tenant is not { IsActive: true })
            {
                await AbpErrorWriter.WriteAsync(context, StatusCodes.Status401Unauthorized,
                    "Tenant is not active", code: "Abp.MultiTenancy.TenantNotActive");
                return;
            }
        }
        else if (ReadTenantKey(context) is var (key, fromCookie))
        {
            tenant = Guid.TryParse(key, out var id) ? await store.FindAsync(id) : await store.FindAsync(key);
            if (tenant is not { IsActive: true } && fromCookie && !AbpErrorWriter.IsApiRequest(context))
            {
                // A remembered tenant that was deactivated or removed must not lock the browser out of
                // the sign-in page: the pages forget it and go on as the host (the API still says 404).
                context.Response.Cookies.Delete(TenantKey);
                tenant = null;
            }
            else if (tenant is not { IsActive: true })
            {
                await AbpErrorWriter.WriteAsync(context, StatusCodes.Status404NotFound,
                    $"There is no tenant with the tenant id or name: {key}", code: "Abp.MultiTenancy.TenantNotFound");
                return;
            }
        }

        using (currentTenant.Change(tenant))
        {
            await next(context);
        }
    }

    private static (string Key, bool FromCookie)? ReadTenantKey(HttpContext context)
    {
        var value = context.Request.Headers[TenantKey].FirstOrDefault();
        if (string.IsNullOrWhiteSpace(value))
        {
            value = context.Request.Query[TenantKey].FirstOrDefault();
        }
        if (!string.IsNullOrWhiteSpace(value))
        {
            return (value.Trim(), false);
        }
        var cookie = context.Request.Cookies[TenantKey];
        return string.IsNullOrWhiteSpace(cookie) ? null : (cookie.Trim(), true);
    }
}
