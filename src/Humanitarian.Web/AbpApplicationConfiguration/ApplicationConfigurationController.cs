using System.Globalization;
using System.Security.Claims;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Authorization;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Settings;
using Humanitarian.Framework.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Web.AbpApplicationConfiguration;

/// <summary>
/// What ABP's clients ask for at start (ABP's <c>ApplicationConfigurationDto</c>, field names as ABP's): user,
/// tenant, granted permissions, culture, the settings visible to clients, features, clock and time zone.
/// </summary>
[ApiController]
[Route("api/abp/application-configuration")]
[RemoteService(Name = "abp")]
[AllowAnonymous]
public sealed class ApplicationConfigurationController(
    ICurrentUser currentUser, ICurrentTenant currentTenant, ITenantStore tenantStore,
    IPermissionChecker permissionChecker, PermissionDefinitionManager definitions,
    SettingDefinitionManager settingDefinitions, ISettingProvider settings) : ControllerBase
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
                // ABP's send-test-email dialog offers the user's own address; the session names this sign-in.
                email = User.FindFirstValue(ClaimTypes.Email),
                sessionId = User.FindFirstValue(AbpClaimTypes.SessionId),
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
                currentCulture = CurrentCultureDto.From(culture),
                values = new Dictionary<string, Dictionary<string, string>>(),
                defaultResourceName = "Humanitarian",
                languages = new[]
                {
                    new { cultureName = "vi-VN", uiCultureName = "vi-VN", displayName = "Tiếng Việt" },
                    new { cultureName = "en", uiCultureName = "en", displayName = "English" },
                },
            },
            setting = new { values = await VisibleSettingsAsync() },
            // Features are not managed per tenant: what every tenant has, as ABP's clients read it.
            features = new { values = new Dictionary<string, string> { ["SettingManagement.Enable"] = "true" } },
            multiTenancy = new { isEnabled = true },
            clock = new { kind = "Utc" },
            timing = new
            {
                timeZone = new
                {
                    iana = new { timeZoneName = "Asia/Ho_Chi_Minh" },
                    windows = new { timeZoneId = "SE Asia Standard Time" },
                },
            },
            objectExtensions = new { modules = new Dictionary<string, object>(), enums = new Dictionary<string, object>() },
        };
    }

    /// <summary>The settings marked visible to clients, as the current tenant reads them; never an encrypted one.</summary>
    private async Task<Dictionary<string, string?>> VisibleSettingsAsync()
    {
        var values = new Dictionary<string, string?>();
        foreach (var definition in settingDefinitions.All.Where(d => d.IsVisibleToClients && !d.IsEncrypted))
        {
            values[definition.Name] = await settings.GetOrNullAsync(definition.Name);
        }
        return values;
    }
}
