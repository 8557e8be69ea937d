using System.ComponentModel.DataAnnotations;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Emailing;
using Humanitarian.Web.Authorization;
using Humanitarian.Web.Data;
using Humanitarian.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Web.Emailing;

public sealed class EmailMessageDto : CreationAuditedEntityDto<Guid>
{
    public string To { get; set; } = "";
    public string Subject { get; set; } = "";
    public string MessageId { get; set; } = "";
    public EmailMessageStatus Status { get; set; }
    public int TryCount { get; set; }
    public DateTime NextTryTime { get; set; }
    public DateTime? SentTime { get; set; }
    public string? LastError { get; set; }
}

public sealed class EmailMessageListInput : PagedAndSortedResultRequestDto
{
    public EmailMessageStatus? Status { get; set; }
}

public sealed class SendTestEmailInput
{
    [Required, EmailAddress, StringLength(EmailMessage.MaxAddressLength)]
    public string To { get; set; } = "";
}

/// <summary>The current tenant's e-mail outbox, for admins: what was sent, what waits, what failed.</summary>
[Authorize(SettingManagementPermissions.Emailing)]
public sealed class EmailMessageAppService(
    HumanitarianDbContext dbContext, IEmailSender emailSender, TimeProvider clock, IStringLocalizer<HumanitarianResource> l)
    : ApplicationService
{
    private static readonly Dictionary<string, string> Sortable = new()
    {
        ["creationTime"] = nameof(EmailMessage.CreationTime), ["to"] = nameof(EmailMessage.To),
        ["subject"] = nameof(EmailMessage.Subject), ["status"] = nameof(EmailMessage.Status),
        ["tryCount"] = nameof(EmailMessage.TryCount), ["nextTryTime"] = nameof(EmailMessage.NextTryTime),
        ["sentTime"] = nameof(EmailMessage.SentTime),
    };

    public async Task<PagedResultDto<EmailMessageDto>> GetListAsync(EmailMessageListInput input)
    {
        var query = dbContext.Set<EmailMessage>().AsNoTracking();
        if (input.Status is { } status)
        {
            query = query.Where(m => m.Status == status);
        }
        var total = await query.LongCountAsync();
        var page = await query.ApplySorting(input.Sorting, "creationTime desc", Sortable).PageBy(input).ToListAsync();
        return new PagedResultDto<EmailMessageDto>(total, page.Select(ToDto).ToList());
    }

    public async Task<EmailMessageDto> GetAsync(Guid id) => ToDto(await FindAsync(id));

    /// <summary>Queues a failed or waiting message for an immediate new try.</summary>
    public async Task<EmailMessageDto> RetryAsync(Guid id)
    {
        var message = await FindAsync(id);
        if (message.Status == EmailMessageStatus.Sent)
        {
            throw new BusinessException("Humanitarian:EmailAlreadySent", l["EmailAlreadySent"]);
        }
        message.Status = EmailMessageStatus.Queued;
        message.NextTryTime = clock.GetUtcNow().UtcDateTime;
        return ToDto(message);
    }

    /// <summary>Queues a test message with the current settings, to check them end to end.</summary>
    public async Task SendTestAsync(SendTestEmailInput input) =>
        await emailSender.QueueAsync(input.To.Trim(), l["TestEmailSubject"], l["TestEmailBody"], isBodyHtml: false);

    private async Task<EmailMessage> FindAsync(Guid id) =>
        await dbContext.Set<EmailMessage>().FirstOrDefaultAsync(m => m.Id == id)
        ?? throw new EntityNotFoundException(typeof(EmailMessage), id);

    private static EmailMessageDto ToDto(EmailMessage m) => new()
    {
        Id = m.Id,
        To = m.To,
        Subject = m.Subject,
        MessageId = m.MessageId,
        Status = m.Status,
        TryCount = m.TryCount,
        NextTryTime = m.NextTryTime,
        SentTime = m.SentTime,
        LastError = m.LastError,
        CreationTime = m.CreationTime,
        CreatorId = m.CreatorId,
    };
}
