using Humanitarian.Campaigns.Entities;
using Humanitarian.Campaigns.Permissions;
using Humanitarian.Campaigns.Reminders;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Emailing;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Framework.Uow;
using Humanitarian.Organization.Units;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Campaigns.Services.Reminders;

/// <summary>Deadline reminders at <c>/api/app/reminder</c>: run the policy now; what went to whom.</summary>
[Authorize(CampaignsPermissions.Reminders.Default)]
public sealed class ReminderAppService(
    ReminderRunner runner,
    IRepository<Reminder, Guid> reminders,
    IRepository<TaskAssignment, Guid> tasks,
    IAbpEfCoreDbContext dbContext,
    IUnitScope unitScope,
    IUnitLookup units) : ApplicationService, IReminderAppService
{
    private static readonly Dictionary<string, string> Sortable = new()
    {
        ["queuedTime"] = nameof(ReminderDto.QueuedTime), ["scheduledDate"] = nameof(ReminderDto.ScheduledDate),
        ["step"] = nameof(ReminderDto.Step), ["recipient"] = nameof(ReminderDto.Recipient),
    };

    /// <remarks>Without the request's transaction: the runner commits batch by batch (see <see cref="ReminderRunner"/>).</remarks>
    [HttpPost("api/app/reminder/run")]
    [Authorize(CampaignsPermissions.Reminders.Run)]
    [UnitOfWork(isTransactional: false)]
    public async Task<ReminderRunResultDto> RunAsync() => new() { Queued = await runner.RunAsync() };

    [HttpGet("api/app/reminder/history")]
    public async Task<PagedResultDto<ReminderDto>> GetHistoryAsync([FromQuery] ReminderHistoryInput input)
    {
        var visibleTasks = (await tasks.GetQueryableAsync()).AsNoTracking();
        if (await unitScope.GetVisibleUnitIdsAsync() is { } visible)
        {
            visibleTasks = visibleTasks.Where(t => visible.Contains(t.UnitId));
        }
        if (input.TaskAssignmentId is { } taskId)
        {
            visibleTasks = visibleTasks.Where(t => t.Id == taskId);
        }
        // The reminder and its e-mail are written in one transaction: every reminder has its message.
        var rows =
            from reminder in (await reminders.GetQueryableAsync()).AsNoTracking()
            join task in visibleTasks on reminder.TaskAssignmentId equals (Guid?)task.Id
            join message in dbContext.Set<EmailMessage>().AsNoTracking() on reminder.EmailMessageId equals message.Id
            select new { reminder, task, message };
        if (input.Step is { } step)
        {
            rows = rows.Where(r => r.reminder.Step == step);
        }
        if (input.Status is { } status)
        {
            var outbox = Enum.Parse<EmailMessageStatus>(status.ToString());
            rows = rows.Where(r => r.message.Status == outbox);
        }
        var query = rows.Select(r => new ReminderDto
        {
            Id = r.reminder.Id,
            TaskAssignmentId = r.task.Id,
            TaskTitle = r.task.Title,
            UnitId = r.task.UnitId,
            Step = r.reminder.Step,
            ScheduledDate = r.reminder.ScheduledDate,
            Recipient = r.reminder.Recipient,
            RecipientName = r.reminder.RecipientName,
            RecipientKind = r.reminder.RecipientKind,
            QueuedTime = r.reminder.CreationTime,
            SentTime = r.message.SentTime,
            Status = r.message.Status == EmailMessageStatus.Sent ? ReminderDeliveryStatus.Sent
                : r.message.Status == EmailMessageStatus.Failed ? ReminderDeliveryStatus.Failed : ReminderDeliveryStatus.Queued,
            Error = r.message.Status == EmailMessageStatus.Sent ? null : r.message.LastError,
            MessageId = r.message.MessageId,
        });
        var total = await query.LongCountAsync();
        var page = await query.ApplySorting(input.Sorting, "queuedTime desc", Sortable).PageBy(input).ToListAsync();
        var unitNames = await units.GetNamesAsync(page.Select(r => r.UnitId));
        foreach (var reminder in page)
        {
            reminder.UnitName = unitNames.GetValueOrDefault(reminder.UnitId);
        }
        return new PagedResultDto<ReminderDto>(total, page);
    }
}
