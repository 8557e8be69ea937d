using System.ComponentModel.DataAnnotations;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Emailing;

namespace Humanitarian.Web.Emailing;

public class EmailMessageDto : CreationAuditedEntityDto<Guid>
{
    public string To { get; set; } = "";
    public string Subject { get; set; } = "";

    /// <summary>Fixed when queued and sent on every try, so a mail client folds a message delivered twice.</summary>
    public string MessageId { get; set; } = "";
    public bool IsBodyHtml { get; set; }
    public EmailMessageStatus Status { get; set; }
    public int TryCount { get; set; }
    public DateTime NextTryTime { get; set; }
    public DateTime? SentTime { get; set; }
    public string? LastError { get; set; }
}

/// <summary>One message as its page shows it: with its body, which lists leave out.</summary>
public sealed class EmailMessageWithBodyDto : EmailMessageDto
{
    public string Body { get; set; } = "";
}

public sealed class EmailMessageListInput : PagedAndSortedResultRequestDto
{
    public EmailMessageStatus? Status { get; set; }

    /// <summary>Part of the recipient's address.</summary>
    [StringLength(EmailMessage.MaxAddressLength)]
    public string? Filter { get; set; }

    /// <summary>Queued on or after this day (in Vietnam).</summary>
    public DateOnly? CreationDateFrom { get; set; }

    /// <summary>Queued on or before this day (in Vietnam).</summary>
    public DateOnly? CreationDateTo { get; set; }
}

/// <summary>Queues a test message with the current settings, to check the outbox end to end.</summary>
public sealed class QueueTestEmailInput
{
    [Required, EmailAddress, StringLength(EmailMessage.MaxAddressLength)]
    public string To { get; set; } = "";
}
