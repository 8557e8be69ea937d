using System.Globalization;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Settings;

namespace Humanitarian.Framework.Emailing;

/// <summary>The SMTP server a message is sent through, with its credentials.</summary>
public sealed record SmtpServer(string Host, int Port, string? UserName, string? Password, bool EnableSsl, bool IsTenantsOwn);

/// <summary>
/// Resolves the current tenant's SMTP server as one group: the tenant's own (host, port, user name,
/// password, SSL, all as the tenant set them) when the host allows tenants their own server and the
/// tenant named one; otherwise the host's whole group. Mixing levels value by value would hand the
/// host's credentials to any server a tenant names.
/// </summary>
public sealed class SmtpServerSettings(ISettingManager settings, ICurrentTenant currentTenant) : ITransientDependency
{
    public async Task<bool> TenantsMayUseTheirOwnAsync() =>
        bool.Parse(await settings.GetOrNullGlobalAsync(EmailSettingNames.AllowTenantSmtpServer) ?? "false");

    public async Task<SmtpServer> GetAsync()
    {
        if (currentTenant.Id is { } tenantId
            && await TenantsMayUseTheirOwnAsync()
            && await settings.GetOrNullForTenantAsync(EmailSettingNames.SmtpHost, tenantId) is { Length: > 0 } ownHost)
        {
            return new SmtpServer(
                ownHost,
                ParsePort(await settings.GetOrNullForTenantAsync(EmailSettingNames.SmtpPort, tenantId)),
                await settings.GetOrNullForTenantAsync(EmailSettingNames.SmtpUserName, tenantId),
                await settings.GetOrNullForTenantAsync(EmailSettingNames.SmtpPassword, tenantId),
                ParseSsl(await settings.GetOrNullForTenantAsync(EmailSettingNames.SmtpEnableSsl, tenantId)),
                IsTenantsOwn: true);
        }
        return new SmtpServer(
            await settings.GetOrNullGlobalAsync(EmailSettingNames.SmtpHost)
                ?? throw new InvalidOperationException($"Setting {EmailSettingNames.SmtpHost} is empty."),
            ParsePort(await settings.GetOrNullGlobalAsync(EmailSettingNames.SmtpPort)),
            await settings.GetOrNullGlobalAsync(EmailSettingNames.SmtpUserName),
            await settings.GetOrNullGlobalAsync(EmailSettingNames.SmtpPassword),
            ParseSsl(await settings.GetOrNullGlobalAsync(EmailSettingNames.SmtpEnableSsl)),
            IsTenantsOwn: false);
    }

    private static int ParsePort(string? value) => int.Parse(value ?? "25", CultureInfo.InvariantCulture);

    private static bool ParseSsl(string? value) => bool.Parse(value ?? "false");
}
