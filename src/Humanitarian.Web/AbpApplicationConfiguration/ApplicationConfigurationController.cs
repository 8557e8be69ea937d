using Humanitarian.Framework.Application;
using System.Globalization;
using Humanitarian.Framework.Authorization;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Web.AbpApplicationConfiguration;

/// <summary>What ABP's client script asks for at start: user, tenant, granted permissions, culture.</summary>
[ApiController]
[Route("api/abp/application-configuration")]
[RemoteService(Name = "abp")]
[AllowAnonymous]
public sealed class ApplicationConfigurationController(
    ICurrentUser currentUser, ICurrentTenant currentTenant, ITenantStore tenantStore,
    IPermissionChecker permissionChecker, PermissionDefinitionManager definitions) : ControllerBase
{
    [HttpGet]
    public async Task<object> GetAsync()
    {
        var granted = new Dictionary<string, bool>();
        foreach (var permission in definitions.All)
        {
            if (await permissionChecker.IsGrantedAsync(permission.Name))
            {
                granted[permission.Name] = true;
            }
        }
        var tenant = currentTenant.Id is { } id ? await tenantStore.FindAsync(id) : null;
        var culture = CultureInfo.CurrentUICulture;
        return new
        {
            currentUser = new
            {
                isAuthenticated = currentUser.IsAuthenticated,
                id = currentUser.Id,
                userName = currentUser.UserName,
                tenantId = currentUser.TenantId,
                roles = currentUser.Roles,
                unitId = currentUser.UnitId,
            },
            currentTenant = new
            {
                id = tenant?.Id,
                name = tenant?.Name,
                displayName = tenant?.DisplayName,
                isAvailable = tenant is not null,
            },
            auth = new { grantedPolicies = granted },
            localization = new
            {
                currentCulture = new { name = culture.Name, displayName = culture.NativeName },
                defaultResourceName = "Humanitarian",
                languages = new[]
                {
                    new { cultureName = "vi-VN", uiCultureName = "vi-VN", displayName = "Tiếng Việt" },
                    new { cultureName = "en", uiCultureName = "en", displayName = "English" },
                },
            },
            multiTenancy = new { isEnabled = true },
            timing = new { timeZone = new { iana = new { timeZoneName = "Asia/Ho_Chi_Minh" } } },
        };
    }
}
