using System.Globalization;
using System.Net.Sockets;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Auditing;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Emailing;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Settings;
using Humanitarian.Web.Authorization;
using Humanitarian.Web.Localization;
using MailKit.Net.Smtp;
using MailKit.Security;
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
[RemoteService(Name = "SettingManagement")]
[Authorize(SettingManagementPermissions.Emailing)]
public sealed class EmailSettingsAppService(
    ISettingManager manager, SmtpServerSettings smtpServers, ICurrentTenant currentTenant, IEmailSender emailSender,
    TestEmailRateLimiter testEmailLimiter, AuditedActions auditedActions, ILogger<EmailSettingsAppService> logger,
    IStringLocalizer<HumanitarianResource> l)
    : ApplicationService, IEmailSettingsAppService
{
    /// <summary>The settings a tenant may set for itself, all of which it can give back to the national level.</summary>
    private static readonly IReadOnlyList<string> TenantSettings =
        [.. EmailSettingNames.SmtpServer, EmailSettingNames.DefaultFromAddress, EmailSettingNames.DefaultFromDisplayName];

    [HttpGet]
    public async Task<EmailSettingsDto> GetAsync()
    {
        var allowOwnServer = await smtpServers.TenantsMayUseTheirOwnAsync();
        if (currentTenant.Id is not { } tenantId)
        {
            return await ReadAsync(manager.GetOrNullGlobalAsync, allowOwnServer);
        }
        var settings = await ReadAsync(name => manager.GetOrNullForTenantAsync(name, tenantId), allowOwnServer);
        // The national sender is no secret (every recipient sees it): the page shows it beside empty fields.
        settings.HostDefaultFromAddress = await manager.GetOrNullGlobalAsync(EmailSettingNames.DefaultFromAddress);
        settings.HostDefaultFromDisplayName = await manager.GetOrNullGlobalAsync(EmailSettingNames.DefaultFromDisplayName);
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
        if (input.SmtpUseDefaultCredentials)
        {
            throw new AbpValidationException(l["Emailing:DefaultCredentialsNotSupported"], "smtpUseDefaultCredentials");
        }
        if (!string.IsNullOrWhiteSpace(input.SmtpDomain))
        {
            throw new AbpValidationException(l["Emailing:SmtpDomainNotSupported"], "smtpDomain");
        }
        var host = input.SmtpHost?.Trim();
        if (tenantId is null && string.IsNullOrEmpty(host))
        {
            throw new AbpValidationException(l["Emailing:SmtpHostRequired"], "smtpHost");
        }
        if (tenantId is not null && !string.IsNullOrEmpty(host) && !await smtpServers.TenantsMayUseTheirOwnAsync())
        {
            throw new AbpValidationException(l["Emailing:OwnSmtpServerNotAllowed"], "smtpHost");
        }
        var fromAddress = NullIfEmpty(input.DefaultFromAddress?.Trim());
        var fromName = NullIfEmpty(input.DefaultFromDisplayName?.Trim());
        if (tenantId is null)
        {
            // The national sender is everyone's fallback: the host cannot leave it empty.
            RequireForHost(fromAddress, "defaultFromAddress", "Emailing:DefaultFromAddressRequired");
            RequireForHost(fromName, "defaultFromDisplayName", "Emailing:DefaultFromDisplayNameRequired");
        }

        await manager.SetAsync(EmailSettingNames.DefaultFromAddress, fromAddress, tenantId);
        await manager.SetAsync(EmailSettingNames.DefaultFromDisplayName, fromName, tenantId);
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

    [HttpDelete]
    public async Task ResetAsync()
    {
        if (currentTenant.Id is not { } tenantId)
        {
            throw new BusinessException("Humanitarian:HostEmailSettingsCannotBeReset", l["Emailing:HostCannotReset"]);
        }
        foreach (var name in TenantSettings)
        {
            await manager.SetAsync(name, null, tenantId);
        }
    }

    /// <summary>
    /// Sends at once through the caller's SMTP server, as its mail would go, and reports the server's
    /// refusal in words; a few a minute per tenant, each one audited.
    /// </summary>
    [HttpPost("send-test-email")]
    public async Task SendTestEmailAsync([FromBody] SendTestEmailInput input)
    {
        if (!testEmailLimiter.TryAcquire(currentTenant.Id))
        {
            throw new AbpTooManyRequestsException(l["Emailing:TestEmailRateLimited", TestEmailRateLimiter.PermitLimit]);
        }
        var from = input.SenderEmailAddress.Trim();
        var to = input.TargetEmailAddress.Trim();
        try
        {
            await emailSender.SendAsync(from, to, input.Subject, input.Body ?? "", isBodyHtml: false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Test e-mail to {To} not sent.", to);
            throw new BusinessException("Humanitarian:TestEmailFailed", l["Emailing:TestEmailFailed", SmtpFailure(exception)]);
        }
        auditedActions.Add(typeof(SendTestEmailInput), Guid.NewGuid().ToString(), EntityChangeType.Created,
            (nameof(input.SenderEmailAddress), null, from), (nameof(input.TargetEmailAddress), null, to),
            (nameof(input.Subject), null, input.Subject), (nameof(input.Body), null, input.Body));
    }

    /// <summary>What went wrong, in the administrator's words; the server's own reply where it gave one.</summary>
    private string SmtpFailure(Exception exception) => exception switch
    {
        AuthenticationException => l["Emailing:SmtpAuthenticationFailed"],
        SslHandshakeException => l["Emailing:SmtpSslFailed"],
        SmtpCommandException command => l["Emailing:SmtpRefused", (int)command.StatusCode, command.Message],
        SocketException or SmtpProtocolException or IOException or TimeoutException => l["Emailing:SmtpUnreachable", exception.Message],
        _ => l["Emailing:SmtpOtherError", exception.Message],
    };

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

    private void RequireForHost(string? value, string member, string messageKey)
    {
        if (value is null)
        {
            throw new AbpValidationException(l[messageKey], member);
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
