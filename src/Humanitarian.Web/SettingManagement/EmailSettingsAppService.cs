using System.Globalization;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Emailing;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Settings;
using Humanitarian.Web.Authorization;
using Humanitarian.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Web.SettingManagement;

/// <summary>
/// E-mail settings of the current tenant, or the host defaults when called by the host (ABP's
/// EmailSettingsAppService, same route). A tenant reads only what it set itself: what it inherits
/// from the national level reads as null with <see cref="EmailSettingsDto.IsSmtpServerInherited"/>.
/// The SMTP server (host, port, credentials, SSL) is one group: a tenant uses its own only when the host
/// allows it (<see cref="EmailSettingNames.AllowTenantSmtpServer"/>), and never the host's credentials
/// with a server of its own. Passwords are write-only for everyone.
/// </summary>
[Route("api/setting-management/emailing")]
[Authorize(SettingManagementPermissions.Emailing)]
public sealed class EmailSettingsAppService(
    ISettingManager manager, SmtpServerSettings smtpServers, ICurrentTenant currentTenant, IStringLocalizer<HumanitarianResource> l)
    : ApplicationService
{
    [HttpGet]
    public async Task<EmailSettingsDto> GetAsync()
    {
        var allowOwnServer = await smtpServers.TenantsMayUseTheirOwnAsync();
        if (currentTenant.Id is not { } tenantId)
        {
            return await ReadAsync(manager.GetOrNullGlobalAsync, allowOwnServer);
        }
        var settings = await ReadAsync(name => manager.GetOrNullForTenantAsync(name, tenantId), allowOwnServer);
        if (allowOwnServer && !string.IsNullOrEmpty(settings.SmtpHost))
        {
            return settings;
        }
        // The national server is in use (or the tenant's own is not allowed): none of its values show.
        settings.SmtpHost = settings.SmtpUserName = null;
        settings.SmtpPort = null;
        settings.SmtpEnableSsl = false;
        settings.HasSmtpPassword = false;
        settings.IsSmtpServerInherited = true;
        return settings;
    }

    [HttpPost]
    public async Task UpdateAsync([FromBody] UpdateEmailSettingsDto input)
    {
        var tenantId = currentTenant.Id;
        var host = input.SmtpHost?.Trim();
        if (tenantId is null && string.IsNullOrEmpty(host))
        {
            throw new AbpValidationException(l["Emailing:SmtpHostRequired"], "smtpHost");
        }
        if (tenantId is not null && !string.IsNullOrEmpty(host) && !await smtpServers.TenantsMayUseTheirOwnAsync())
        {
            throw new AbpValidationException(l["Emailing:OwnSmtpServerNotAllowed"], "smtpHost");
        }

        await manager.SetAsync(EmailSettingNames.DefaultFromAddress, input.DefaultFromAddress.Trim(), tenantId);
        await manager.SetAsync(EmailSettingNames.DefaultFromDisplayName, input.DefaultFromDisplayName.Trim(), tenantId);
        if (tenantId is null && input.AllowTenantSmtpServer is { } allow)
        {
            await manager.SetAsync(EmailSettingNames.AllowTenantSmtpServer, allow ? "true" : "false", tenantId: null);
        }
        if (string.IsNullOrEmpty(host))
        {
            // A tenant goes back to the national server: forget its own server and its credentials.
            foreach (var name in EmailSettingNames.SmtpServer)
            {
                await manager.SetAsync(name, null, tenantId);
            }
            return;
        }
        await manager.SetAsync(EmailSettingNames.SmtpHost, host, tenantId);
        await manager.SetAsync(EmailSettingNames.SmtpPort, input.SmtpPort.ToString(CultureInfo.InvariantCulture), tenantId);
        await manager.SetAsync(EmailSettingNames.SmtpUserName, NullIfEmpty(input.SmtpUserName?.Trim()), tenantId);
        await manager.SetAsync(EmailSettingNames.SmtpEnableSsl, input.SmtpEnableSsl ? "true" : "false", tenantId);
        if (input.SmtpUserName is not { Length: > 0 })
        {
            await manager.SetAsync(EmailSettingNames.SmtpPassword, null, tenantId);
        }
        else if (!string.IsNullOrEmpty(input.SmtpPassword))
        {
            await manager.SetAsync(EmailSettingNames.SmtpPassword, input.SmtpPassword, tenantId);
        }
    }

    private static async Task<EmailSettingsDto> ReadAsync(Func<string, Task<string?>> read, bool allowOwnServer) => new()
    {
        SmtpHost = await read(EmailSettingNames.SmtpHost),
        SmtpPort = await read(EmailSettingNames.SmtpPort) is { } port ? int.Parse(port, CultureInfo.InvariantCulture) : null,
        SmtpUserName = await read(EmailSettingNames.SmtpUserName),
        SmtpEnableSsl = bool.Parse(await read(EmailSettingNames.SmtpEnableSsl) ?? "false"),
        DefaultFromAddress = await read(EmailSettingNames.DefaultFromAddress),
        DefaultFromDisplayName = await read(EmailSettingNames.DefaultFromDisplayName),
        HasSmtpPassword = !string.IsNullOrEmpty(await read(EmailSettingNames.SmtpPassword)),
        AllowTenantSmtpServer = allowOwnServer,
    };

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
