using System.ComponentModel.DataAnnotations;
using Humanitarian.Framework.Emailing;

namespace Humanitarian.Web.SettingManagement;

/// <summary>ABP's EmailSettingsDto; a tenant's inherited values are null (see <see cref="IsSmtpServerInherited"/>).</summary>
public sealed class EmailSettingsDto
{
    public string? SmtpHost { get; set; }
    public int? SmtpPort { get; set; }
    public string? SmtpUserName { get; set; }
    public bool SmtpEnableSsl { get; set; }
    public string? DefaultFromAddress { get; set; }
    public string? DefaultFromDisplayName { get; set; }

    /// <summary>ABP's field; always null: the SMTP sign-in here takes no domain.</summary>
    public string? SmtpDomain { get; set; }

    /// <summary>ABP's field; always false: the SMTP sign-in here is by user name and password only.</summary>
    public bool SmtpUseDefaultCredentials { get; set; }

    /// <summary>Whether a password is stored at this level; the password itself is never sent back.</summary>
    public bool HasSmtpPassword { get; set; }

    /// <summary>The host's decision: tenants may send through an SMTP server of their own.</summary>
    public bool AllowTenantSmtpServer { get; set; }

    /// <summary>For a tenant: mail goes through the national level's server, whose settings are not shown.</summary>
    public bool IsSmtpServerInherited { get; set; }

    /// <summary>For a tenant: the national sender's address, used while its own is empty (null for the host).</summary>
    public string? HostDefaultFromAddress { get; set; }

    /// <summary>For a tenant: the national sender's name, used while its own is empty (null for the host).</summary>
    public string? HostDefaultFromDisplayName { get; set; }
}

public sealed class UpdateEmailSettingsDto
{
    /// <summary>Required for the host; a tenant leaves it empty to send through the national server.</summary>
    [StringLength(256)]
    public string? SmtpHost { get; set; }

    [Range(1, 65535)]
    public int SmtpPort { get; set; } = 25;

    [StringLength(256)]
    public string? SmtpUserName { get; set; }

    /// <summary>Leave empty to keep the stored password (of this level only).</summary>
    [StringLength(256)]
    public string? SmtpPassword { get; set; }

    public bool SmtpEnableSsl { get; set; }

    /// <summary>ABP's field, which its settings form posts: accepted only empty (there is no NTLM domain here).</summary>
    [StringLength(256)]
    public string? SmtpDomain { get; set; }

    /// <summary>ABP's field, which its settings form posts: accepted only false (there are no Windows credentials here).</summary>
    public bool SmtpUseDefaultCredentials { get; set; }

    /// <summary>Required for the host; a tenant leaves it empty to use the national sender's.</summary>
    [EmailAddress, StringLength(256)]
    public string? DefaultFromAddress { get; set; }

    /// <summary>Required for the host; a tenant leaves it empty to use the national sender's.</summary>
    [StringLength(256)]
    public string? DefaultFromDisplayName { get; set; }

    /// <summary>Host only (ignored from a tenant); null keeps the current choice.</summary>
    public bool? AllowTenantSmtpServer { get; set; }
}

/// <summary>ABP's SendTestEmailInput: sent at once through the caller's SMTP server, not through the outbox.</summary>
public sealed class SendTestEmailInput
{
    public const int MaxBodyLength = 4000;

    [Required, EmailAddress, StringLength(EmailMessage.MaxAddressLength)]
    public string SenderEmailAddress { get; set; } = "";

    [Required, EmailAddress, StringLength(EmailMessage.MaxAddressLength)]
    public string TargetEmailAddress { get; set; } = "";

    [Required, StringLength(EmailMessage.MaxSubjectLength)]
    public string Subject { get; set; } = "";

    /// <summary>Plain text.</summary>
    [StringLength(MaxBodyLength)]
    public string? Body { get; set; }
}
