using System.Globalization;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Framework.Auditing;
using Humanitarian.Framework.Content;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Emailing;
using Humanitarian.Framework.Excel;
using Humanitarian.Framework.Localization;
using Humanitarian.Framework.Timing;
using Humanitarian.Web.Authorization;
using Humanitarian.Web.Data;
using Humanitarian.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Web.Emailing;

/// <summary>The current tenant's e-mail outbox, for admins: what was sent, what waits, what failed.</summary>
[Authorize(SettingManagementPermissions.Emailing)]
public sealed class EmailMessageAppService(
    HumanitarianDbContext dbContext, IEmailSender emailSender, AuditedActions auditedActions, TimeProvider clock,
    IStringLocalizer<HumanitarianResource> l, IStringLocalizer<AbpFrameworkResource> framework)
    : ApplicationService, IEmailMessageAppService
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
        var query = Filtered(input);
        var total = await query.LongCountAsync();
        var page = await query.ApplySorting(input.Sorting, "creationTime desc", Sortable).PageBy(input).ToListAsync();
        return new PagedResultDto<EmailMessageDto>(total, page.Select(m => Fill(new EmailMessageDto(), m)).ToList());
    }

    public async Task<EmailMessageWithBodyDto> GetAsync(Guid id)
    {
        var message = await FindAsync(id);
        return Fill(new EmailMessageWithBodyDto { Body = message.Body }, message);
    }

    public async Task<EmailMessageDto> ResendAsync(Guid id)
    {
        var message = await FindAsync(id);
        var before = (message.Status, message.TryCount);
        message.Resend(clock.GetUtcNow().UtcDateTime);
        // The outbox's rows are not audited (they carry whole bodies); who sent a message again is.
        auditedActions.Add(typeof(EmailMessage), message.Id.ToString(), EntityChangeType.Updated,
            (nameof(EmailMessage.Status), before.Status.ToString(), message.Status.ToString()),
            (nameof(EmailMessage.TryCount), before.TryCount.ToString(CultureInfo.InvariantCulture), "0"));
        return Fill(new EmailMessageDto(), message);
    }

    /// <summary>The filtered list (all of it, not one page) in the list's order, times in Vietnam.</summary>
    [HttpGet("api/app/email-message/export-excel")]
    public async Task<IRemoteStreamContent> ExportExcelAsync([FromQuery] EmailMessageListInput input)
    {
        var rows = await Filtered(input).ApplySorting(input.Sorting, "creationTime desc", Sortable)
            .Select(m => new { m.CreationTime, m.To, m.Subject, m.Status, m.TryCount, m.SentTime, m.LastError })
            .ToListAsync();
        var sheet = new ExcelExport(l["Outbox:Title"])
            .Text(l["Outbox:CreationTime"]).Text(l["Outbox:To"]).Text(l["Outbox:Subject"]).Text(l["Outbox:Status"])
            .Number(l["Outbox:TryCount"]).Text(l["Outbox:SentTime"]).Text(l["Outbox:LastError"]);
        foreach (var row in rows)
        {
            sheet.Add(VietnamTime.FormatMinutes(row.CreationTime), row.To, row.Subject, framework["EmailMessageStatus:" + row.Status].Value,
                row.TryCount, row.SentTime is { } sent ? VietnamTime.FormatMinutes(sent) : null, row.LastError);
        }
        return sheet.ToFile(l["Outbox:ExportFileName", VietnamCalendar.Today(clock).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)]);
    }

    /// <summary>Queues a test message with the current settings, to check the outbox end to end.</summary>
    public async Task SendTestAsync(QueueTestEmailInput input) =>
        await emailSender.QueueAsync(input.To.Trim(), l["TestEmailSubject"], l["TestEmailBody"], isBodyHtml: false);

    private IQueryable<EmailMessage> Filtered(EmailMessageListInput input)
    {
        var query = dbContext.Set<EmailMessage>().AsNoTracking();
        if (input.Status is { } status)
        {
            query = query.Where(m => m.Status == status);
        }
        if (input.Filter?.Trim().ToLowerInvariant() is { Length: > 0 } recipient)
        {
            // Lower-cased on both sides: SQLite's instr() is case-sensitive, MariaDB's collation is not.
            query = query.Where(m => m.To.ToLower().Contains(recipient));
        }
        if (input.CreationDateFrom is { } from)
        {
            var start = VietnamCalendar.StartOfDayUtc(from);
            query = query.Where(m => m.CreationTime >= start);
        }
        if (input.CreationDateTo is { } to)
        {
            var end = VietnamCalendar.StartOfDayUtc(to.AddDays(1));
            query = query.Where(m => m.CreationTime < end);
        }
        return query;
    }

    private async Task<EmailMessage> FindAsync(Guid id) =>
        await dbContext.Set<EmailMessage>().FirstOrDefaultAsync(m => m.Id == id)
        ?? throw new EntityNotFoundException(typeof(EmailMessage), id);

    private static T Fill<T>(T dto, EmailMessage m) where T : EmailMessageDto
    {
        dto.Id = m.Id;
        dto.To = m.To;
        dto.Subject = m.Subject;
        dto.MessageId = m.MessageId;
        dto.IsBodyHtml = m.IsBodyHtml;
        dto.Status = m.Status;
        dto.TryCount = m.TryCount;
        dto.NextTryTime = m.NextTryTime;
        dto.SentTime = m.SentTime;
        dto.LastError = m.LastError;
        dto.CreationTime = m.CreationTime;
        dto.CreatorId = m.CreatorId;
        return dto;
    }
}
