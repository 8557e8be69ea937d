using System.Globalization;
using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Domain.Reminders;
using Humanitarian.Campaigns.Entities;
using Humanitarian.Campaigns.Localization;
using Humanitarian.Campaigns.Reminders;
using Humanitarian.Campaigns.Services.Campaigns;
using Humanitarian.Campaigns.Tasks;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Emailing;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Framework.Localization;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Timing;
using Humanitarian.Organization.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Campaigns.Services.Reminders;

/// <summary>
/// Runs the reminder policy for the current tenant: every task of an active campaign whose unit still
/// owes its report (and still may send it) gets the most advanced step due today, to each of its
/// recipients, unless that reminder was queued before. Each batch's reminders and their e-mails are
/// saved together in a transaction of their own, so a run killed midway keeps what it queued and the
/// next run queues the rest; other runs (servers) queuing the same reminders meanwhile make the batch fail
/// on the unique key, and it is done again without them, as often as that happens.
/// </summary>
public sealed class ReminderRunner(
    IRepository<TaskAssignment, Guid> tasks,
    IRepository<Campaign, Guid> campaigns,
    IRepository<Reminder, Guid> reminders,
    IEnumerable<IUnitDueSource> otherDues,
    ReminderSettings reminderSettings,
    ReminderRecipients recipients,
    CampaignManager campaignManager,
    TemplatedEmailSender emails,
    IAbpEfCoreDbContext dbContext,
    ICurrentTenant currentTenant,
    AppUrls appUrls,
    TimeProvider clock,
    IStringLocalizer<CampaignsResource> l) : ITransientDependency
{
    private const int BatchSize = 200;

    /// <summary>Each failed try is another run committing part of the batch; the bound stops an error that is no race.</summary>
    private const int MaxAttemptsPerBatch = 10;

    /// <summary>Reminders are written in Vietnamese, whoever runs the policy (the daily job has no culture).</summary>
    public const string CultureName = "vi";

    /// <returns>How many reminders were queued.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        if (await reminderSettings.GetPolicyAsync() is not { } policy)
        {
            return 0;
        }
        var today = VietnamCalendar.Today(clock);
        using var inVietnamese = CultureScope.UseTexts(CultureName);
        var due = (await DueAsync(policy, today)).Concat(await OtherDueAsync(policy, today)).ToList();
        if (due.Count == 0)
        {
            return 0;
        }
        var addresses = await recipients.ForAsync(due, today);
        var queued = 0;
        foreach (var batch in due.Chunk(BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            queued += await QueueBatchAsync(batch, addresses, today, cancellationToken);
        }
        return queued;
    }

    /// <summary>The current tenant's own tasks that owe a report, may still get one, and have a step due today.</summary>
    private async Task<List<DueReminder>> DueAsync(ReminderPolicy policy, DateOnly today)
    {
        var active = await (await campaigns.GetQueryableAsync()).AsNoTracking()
            .Where(c => c.Status == CampaignStatus.Active && c.TenantId == currentTenant.Id)
            .ToDictionaryAsync(c => c.Id);
        if (active.Count == 0)
        {
            return [];
        }
        var campaignIds = active.Keys.ToList();
        var lastDueDate = policy.LatestDueDateToLookAt(today);
        var awaiting = await (await tasks.GetQueryableAsync()).AsNoTracking()
            .Where(t => t.TenantId == currentTenant.Id && campaignIds.Contains(t.CampaignId)
                        && (t.Status == TaskAssignmentStatus.Open || t.Status == TaskAssignmentStatus.Returned)
                        && t.DueDate <= lastDueDate)
            .ToListAsync();
        var lockDays = await campaignManager.GetReportLockDaysAsync();
        var due = new List<DueReminder>();
        foreach (var task in awaiting)
        {
            var campaign = active[task.CampaignId];
            // A report that can no longer be sent is not asked for: it waits for someone to reopen it.
            if (task.IsLockedOn(today, campaign.ReportLockDate(task.Year, lockDays)))
            {
                continue;
            }
            if (policy.LatestDue(task.DueDate, today) is { } scheduled)
            {
                due.Add(new DueReminder(task.Id, IsTask: true, task.UnitId, task.Title, task.DueDate, campaign.Name, campaign.CommitteeId, scheduled,
                    "/Campaigns/Tasks/Details?id=" + task.Id));
            }
        }
        return due;
    }

    /// <summary>Other modules' dues with a step due today; escalated to the tenant's admins, there being no campaign committee.</summary>
    private async Task<List<DueReminder>> OtherDueAsync(ReminderPolicy policy, DateOnly today)
    {
        var due = new List<DueReminder>();
        foreach (var source in otherDues)
        {
            foreach (var owed in await source.GetOwedAsync(policy.LatestDueDateToLookAt(today)))
            {
                if (policy.LatestDue(owed.DueDate, today) is { } scheduled)
                {
                    due.Add(new DueReminder(owed.SubjectId, IsTask: false, owed.UnitId, owed.Title, owed.DueDate, owed.Context, null, scheduled, owed.LinkPath));
                }
            }
        }
        return due;
    }

    private async Task<int> QueueBatchAsync(
        DueReminder[] batch, ReminderAddresses addresses, DateOnly today, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var queued = await AddNewAsync(batch, addresses, today);
            try
            {
                await dbContext.SaveChangesAsync(cancellationToken);
                // Saved batches are not looked at again: left tracked, every later
                // save went over all of them, and a run of 10,000 tasks spent most of its time there.
                dbContext.ChangeTracker.Clear();
                return queued;
            }
            catch (Exception e) when (attempt < MaxAttemptsPerBatch && (e is DbUpdateException || e.InnerException is DbUpdateException))
            {
                // Another run queued some of these meanwhile (the unique key), or two runs inserting the same
                // reminders in different orders deadlocked (MariaDB rolls one back; the provider reports that as
                // a transient failure around the DbUpdateException): again, without what the other queued. Not
                // only once: with several runs at it, the retry may meet a third run's reminders, not committed
                // when it looked. A pause keeps racing runs from colliding in step.
                dbContext.ChangeTracker.Clear();
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(20, 100) * attempt), cancellationToken);
            }
        }
    }

    /// <summary>Adds the batch's reminders not queued yet, with their e-mails, to the unit of work.</summary>
    private async Task<int> AddNewAsync(DueReminder[] batch, ReminderAddresses addresses, DateOnly today)
    {
        var taskIds = batch.Where(d => d.IsTask).Select(d => (Guid?)d.Id).ToList();
        var subjectIds = batch.Where(d => !d.IsTask).Select(d => (Guid?)d.Id).ToList();
        var dates = batch.Select(d => d.Scheduled.ScheduledDate).Distinct().ToList();
        var existing = (await (await reminders.GetQueryableAsync()).AsNoTracking()
                .Where(r => (taskIds.Contains(r.TaskAssignmentId) || subjectIds.Contains(r.SubjectId)) && dates.Contains(r.ScheduledDate))
                .Select(r => new { Id = r.TaskAssignmentId ?? r.SubjectId, r.Step, r.ScheduledDate, r.Recipient })
                .ToListAsync())
            .Select(r => (r.Id!.Value, r.Step, r.ScheduledDate, r.Recipient))
            .ToHashSet();
        var pending = new List<(DueReminder Item, ReminderRecipient Recipient, ReminderRecipientKind Kind, string Address)>();
        foreach (var item in batch)
        {
            foreach (var (recipient, kind) in addresses.Of(item))
            {
                var address = Reminder.NormalizeAddress(recipient.Email);
                if (existing.Add((item.Id, item.Scheduled.Step, item.Scheduled.ScheduledDate, address)))
                {
                    pending.Add((item, recipient, kind, address));
                }
            }
        }
        var bodies = await RenderAllAsync(
            pending.Select(p => Model(p.Item, addresses.UnitName(p.Item.UnitId), p.Recipient.Name, p.Kind, today)).ToList());
        for (var i = 0; i < pending.Count; i++)
        {
            var (item, recipient, kind, address) = pending[i];
            var messageId = await emails.QueueRenderedAsync(recipient.Email, Subject(item, today), bodies[i]);
            await reminders.InsertAsync(new Reminder(Guid.NewGuid(), item.Id, item.IsTask, item.Scheduled.Step, item.Scheduled.ScheduledDate,
                address, recipient.Name, kind, messageId!.Value));
        }
        return pending.Count;
    }

    /// <summary>
    /// The e-mails of a batch, rendered on every core: rendering was most of a large run (0.45 ms an e-mail,
    /// 16,666 e-mails in 7.6 s on one core; bench/README.md). The first is rendered alone, so the renderer has
    /// looked the template and its layout up in the database before the others run beside each other without it.
    /// </summary>
    private async Task<string[]> RenderAllAsync(IReadOnlyList<TaskReminderEmailModel> models)
    {
        var bodies = new string[models.Count];
        if (models.Count == 0)
        {
            return bodies;
        }
        bodies[0] = await emails.RenderAsync(CampaignsEmailTemplates.TaskReminder, models[0], CultureName);
        await Parallel.ForEachAsync(Enumerable.Range(1, models.Count - 1), async (i, _) =>
            bodies[i] = await emails.RenderAsync(CampaignsEmailTemplates.TaskReminder, models[i], CultureName));
        return bodies;
    }

    private string Subject(DueReminder item, DateOnly today)
    {
        var daysOverdue = today.DayNumber - item.DueDate.DayNumber;
        return daysOverdue > 0
            ? l["Reminder:Subject:Overdue", item.Title, daysOverdue]
            : l["Reminder:Subject:Due", item.Title, Display(item.DueDate)];
    }

    private TaskReminderEmailModel Model(DueReminder item, string unitName, string recipientName, ReminderRecipientKind kind, DateOnly today) => new(
        recipientName, unitName, item.Title, item.Context, Display(item.DueDate),
        DaysLeft: Math.Max(0, item.DueDate.DayNumber - today.DayNumber),
        DaysOverdue: Math.Max(0, today.DayNumber - item.DueDate.DayNumber),
        IsEscalation: item.Scheduled.Step == ReminderStep.Escalation,
        IsCopy: kind != ReminderRecipientKind.UnitContact,
        IsTask: item.IsTask,
        Link: appUrls.Link(item.LinkPath));

    /// <summary>Dates in reminders and digests, as officials write them.</summary>
    public static string Display(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
