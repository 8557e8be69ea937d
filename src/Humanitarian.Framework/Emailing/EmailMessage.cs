using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Framework.Emailing;

public enum EmailMessageStatus
{
    Queued,
    Sent,
    Failed,
}

/// <summary>One e-mail in the outbox: queued with the work that caused it, delivered by the dispatcher.</summary>
[DisableAuditing]
public sealed class EmailMessage : CreationAuditedEntity<Guid>, IMultiTenant
{
    public const int MaxAddressLength = 256;
    public const int MaxSubjectLength = 512;
    public const int MaxMessageIdLength = 256;
    public const int MaxTries = 8;

    /// <summary>Error code (text in the framework's resource): only a message that gave up can be sent again.</summary>
    public const string OnlyFailedCanBeResent = "AbpEmailing:OnlyFailedCanBeResent";

    public Guid? TenantId { get; set; }
    public string To { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public bool IsBodyHtml { get; set; }

    /// <summary>
    /// The plain-text alternative of an HTML body, when the sender wrote one; otherwise it is derived from
    /// the HTML as the message is sent, rather than stored beside it.
    /// </summary>
    public string? TextBody { get; set; }

    /// <summary><c>&lt;id@host&gt;</c>, fixed when queued and sent on every try, so a repeat delivery is recognisable.</summary>
    public string MessageId { get; set; } = "";

    /// <summary>Unique when set: the same reminder is never queued twice.</summary>
    public string? DeduplicationKey { get; set; }

    public EmailMessageStatus Status { get; set; } = EmailMessageStatus.Queued;
    public int TryCount { get; set; }
    public DateTime NextTryTime { get; set; }
    public DateTime? SentTime { get; set; }
    public string? LastError { get; set; }

    /// <summary>Which dispatcher run holds the message, until when (no SKIP LOCKED in SQLite).</summary>
    public Guid? ClaimToken { get; set; }
    public DateTime? ClaimedUntil { get; set; }

    public EmailMessage() : base(Guid.NewGuid()) { }

    public void MarkFailedAttempt(string error, DateTime now)
    {
        TryCount++;
        LastError = error.Length > 1024 ? error[..1024] : error;
        // 1, 2, 4 … minutes between tries, then give up: a wrong address or setting needs a person.
        NextTryTime = now.AddMinutes(Math.Pow(2, TryCount - 1));
        Status = TryCount >= MaxTries ? EmailMessageStatus.Failed : EmailMessageStatus.Queued;
        ClaimToken = null;
        ClaimedUntil = null;
    }

    /// <summary>
    /// An administrator sends a message that gave up once more, after fixing what made it fail: a fresh
    /// round of tries from now. The last error stays until a try succeeds.
    /// </summary>
    public void Resend(DateTime now)
    {
        if (Status != EmailMessageStatus.Failed)
        {
            throw new BusinessException(OnlyFailedCanBeResent).WithData("status", Status);
        }
        Status = EmailMessageStatus.Queued;
        TryCount = 0;
        NextTryTime = now;
        ClaimToken = null;
        ClaimedUntil = null;
    }

    public void MarkSent(DateTime now)
    {
        Status = EmailMessageStatus.Sent;
        SentTime = now;
        LastError = null;
        ClaimToken = null;
        ClaimedUntil = null;
    }
}

public static class EmailingModelBuilderExtensions
{
    public static void ConfigureEmailing(this ModelBuilder builder)
    {
        builder.Entity<EmailMessage>(b =>
        {
            b.ToTable("AbpEmailMessages");
            b.Property(x => x.To).HasMaxLength(EmailMessage.MaxAddressLength).IsRequired();
            b.Property(x => x.Subject).HasMaxLength(EmailMessage.MaxSubjectLength).IsRequired();
            b.Property(x => x.Body).IsRequired();
            b.Property(x => x.MessageId).HasMaxLength(EmailMessage.MaxMessageIdLength).IsRequired();
            b.Property(x => x.DeduplicationKey).HasMaxLength(256);
            b.Property(x => x.LastError).HasMaxLength(1024);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            b.HasIndex(x => x.DeduplicationKey).IsUnique();
            b.HasIndex(x => new { x.Status, x.NextTryTime });
            b.HasIndex(x => x.ClaimToken);
        });
    }
}
