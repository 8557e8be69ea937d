namespace Humanitarian.Framework.Settings;

/// <summary>ABP's e-mail setting names; host defaults come from configuration <c>Settings:…</c>.</summary>
public static class EmailSettingNames
{
    public const string DefaultFromAddress = "Abp.Mailing.DefaultFromAddress";
    public const string DefaultFromDisplayName = "Abp.Mailing.DefaultFromDisplayName";
    public const string SmtpHost = "Abp.Mailing.Smtp.Host";
    public const string SmtpPort = "Abp.Mailing.Smtp.Port";
    public const string SmtpUserName = "Abp.Mailing.Smtp.UserName";
    public const string SmtpPassword = "Abp.Mailing.Smtp.Password";
    public const string SmtpEnableSsl = "Abp.Mailing.Smtp.EnableSsl";

    /// <summary>Host only: whether a tenant may send through an SMTP server of its own.</summary>
    public const string AllowTenantSmtpServer = "Humanitarian.Mailing.AllowTenantSmtpServer";

    /// <summary>
    /// The SMTP connection: taken whole from one level, so that a tenant naming its own server never
    /// sends the host's user name and password to it.
    /// </summary>
    public static readonly IReadOnlyList<string> SmtpServer = [SmtpHost, SmtpPort, SmtpUserName, SmtpPassword, SmtpEnableSsl];
}

public sealed class EmailSettingProvider : SettingDefinitionProvider
{
    public override void Define(ISettingDefinitionContext context) => context.Add(
        new SettingDefinition(EmailSettingNames.DefaultFromAddress, "noreply@humanitarian.local"),
        new SettingDefinition(EmailSettingNames.DefaultFromDisplayName, "Humanitarian"),
        new SettingDefinition(EmailSettingNames.SmtpHost, "127.0.0.1"),
        new SettingDefinition(EmailSettingNames.SmtpPort, "25"),
        new SettingDefinition(EmailSettingNames.SmtpUserName),
        new SettingDefinition(EmailSettingNames.SmtpPassword, IsEncrypted: true),
        new SettingDefinition(EmailSettingNames.SmtpEnableSsl, "false"),
        new SettingDefinition(EmailSettingNames.AllowTenantSmtpServer, "false", IsHostOnly: true));
}
