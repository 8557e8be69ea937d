namespace Humanitarian.Web.SettingManagement;

public static class EmailSettingsMappings
{
    /// <summary>The settings form as stored; the password stays empty (empty keeps it).</summary>
    public static UpdateEmailSettingsDto ToUpdateDto(this EmailSettingsDto settings) => new()
    {
        SmtpHost = settings.SmtpHost,
        SmtpPort = settings.SmtpPort ?? new UpdateEmailSettingsDto().SmtpPort,
        SmtpUserName = settings.SmtpUserName,
        SmtpEnableSsl = settings.SmtpEnableSsl,
        DefaultFromAddress = settings.DefaultFromAddress,
        DefaultFromDisplayName = settings.DefaultFromDisplayName,
        AllowTenantSmtpServer = settings.AllowTenantSmtpServer,
    };
}
