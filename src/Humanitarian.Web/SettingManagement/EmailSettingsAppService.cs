using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Settings;
using Humanitarian.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Web.SettingManagement;

public sealed class EmailSettingsDto
{
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; }
    public string? SmtpUserName { get; set; }
    public bool SmtpEnableSsl { get; set; }
    public string? DefaultFromAddress { get; set; }
    public string? DefaultFromDisplayName { get; set; }

    /// <summary>Whether a password is stored; the password itself is never sent back.</summary>
    public bool HasSmtpPassword { get; set; }
}

public sealed class UpdateEmailSettingsDto
{
    [Required, StringLength(256)]
    public string SmtpHost { get; set; } = "";

    [Range(1, 65535)]
    public int SmtpPort { get; set; } = 25;

    [StringLength(256)]
    public string? SmtpUserName { get; set; }

    /// <summary>Leave empty to keep the stored password.</summary>
    [StringLength(256)]
    public string? SmtpPassword { get; set; }

    public bool SmtpEnableSsl { get; set; }

    [Required, EmailAddress, StringLength(256)]
    public string DefaultFromAddress { get; set; } = "";

    [Required, StringLength(256)]
    public string DefaultFromDisplayName { get; set; } = "";
}

/// <summary>
/// E-mail settings of the current tenant, or the host defaults when called by the host
/// (ABP's EmailSettingsAppService, same route). A tenant's values override the host's.
/// </summary>
[Route("api/setting-management/emailing")]
[Authorize(SettingManagementPermissions.Emailing)]
public sealed class EmailSettingsAppService(ISettingProvider settings, ISettingManager manager, ICurrentTenant currentTenant)
    : ApplicationService
{
    [HttpGet]
    public async Task<EmailSettingsDto> GetAsync() => new()
    {
        SmtpHost = await settings.GetOrNullAsync(EmailSettingNames.SmtpHost),
        SmtpPort = int.Parse(await settings.GetOrNullAsync(EmailSettingNames.SmtpPort) ?? "25", CultureInfo.InvariantCulture),
        SmtpUserName = await settings.GetOrNullAsync(EmailSettingNames.SmtpUserName),
        SmtpEnableSsl = bool.Parse(await settings.GetOrNullAsync(EmailSettingNames.SmtpEnableSsl) ?? "false"),
        DefaultFromAddress = await settings.GetOrNullAsync(EmailSettingNames.DefaultFromAddress),
        DefaultFromDisplayName = await settings.GetOrNullAsync(EmailSettingNames.DefaultFromDisplayName),
        HasSmtpPassword = !string.IsNullOrEmpty(await settings.GetOrNullAsync(EmailSettingNames.SmtpPassword)),
    };

    [HttpPost]
    public async Task UpdateAsync([FromBody] UpdateEmailSettingsDto input)
    {
        var tenantId = currentTenant.Id;
        await manager.SetAsync(EmailSettingNames.SmtpHost, input.SmtpHost.Trim(), tenantId);
        await manager.SetAsync(EmailSettingNames.SmtpPort, input.SmtpPort.ToString(CultureInfo.InvariantCulture), tenantId);
        await manager.SetAsync(EmailSettingNames.SmtpUserName, input.SmtpUserName?.Trim(), tenantId);
        await manager.SetAsync(EmailSettingNames.SmtpEnableSsl, input.SmtpEnableSsl ? "true" : "false", tenantId);
        await manager.SetAsync(EmailSettingNames.DefaultFromAddress, input.DefaultFromAddress.Trim(), tenantId);
        await manager.SetAsync(EmailSettingNames.DefaultFromDisplayName, input.DefaultFromDisplayName.Trim(), tenantId);
        if (!string.IsNullOrEmpty(input.SmtpPassword))
        {
            await manager.SetAsync(EmailSettingNames.SmtpPassword, input.SmtpPassword, tenantId);
        }
    }
}
