using System.Security.Cryptography;
using System.Text;
using Humanitarian.Campaigns.Entities;
using Humanitarian.Campaigns.Localization;
using Humanitarian.Campaigns.Services.Tasks;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Authorization;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Emailing;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Framework.Localization;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Timing;
using Humanitarian.Framework.Users;
using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Campaigns.Services.Reminders;

/// <summary>
/// The Monday digest of the current tenant. Each head and standing deputy of a committee gets, in one
/// e-mail, everything overdue in the campaigns their committees steer; the tenant's admins get how many of
/// its children (each over its whole subtree) have overdue tasks — counts only, never a child's rows. Each
/// e-mail is unique in the outbox by (tenant, week, address), so every server may send the digest and a
/// recipient still gets one a week.
/// </summary>
public sealed class ReminderDigest(
    IRepository<TaskAssignment, Guid> tasks,
    IRepository<Campaign, Guid> campaigns,
    ReminderSettings reminderSettings,
    ICommitteeLookup committees,
    IUnitLookup units,
    IExternalRoleLookupServiceProvider roles,
    TenantRollup rollup,
    TemplatedEmailSender emails,
    IAbpEfCoreDbContext dbContext,
    ICurrentTenant currentTenant,
    AppUrls appUrls,
    TimeProvider clock,
    IStringLocalizer<CampaignsResource> l) : ITransientDependency
{
    /// <summary>A digest lists this many items and counts the rest: the link opens the whole list.</summary>
    public const int MaxItems = 200;

    /// <returns>How many digests were queued.</returns>
    public async Task<int> SendAsync(CancellationToken cancellationToken = default)
    {
        if (await reminderSettings.GetPolicyAsync() is null)
        {
            return 0;
        }
        var today = VietnamCalendar.Today(clock);
        var week = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        using var inVietnamese = CultureScope.UseTexts(ReminderRunner.CultureName);
        return await ToCommitteesAsync(today, week, cancellationToken) + await ToAdminsAsync(today, week, cancellationToken);
    }

    private async Task<int> ToCommitteesAsync(DateOnly today, DateOnly week, CancellationToken cancellationToken)
    {
        var ownTasks = (await tasks.GetQueryableAsync()).AsNoTracking().Where(t => t.TenantId == currentTenant.Id);
        var ownCampaigns = (await campaigns.GetQueryableAsync()).AsNoTracking().Where(c => c.TenantId == currentTenant.Id);
        var overdue = await (
                from task in OverdueTasks.Of(ownTasks, ownCampaigns, today)
                join campaign in ownCampaigns on task.CampaignId equals campaign.Id
                where campaign.CommitteeId != null
                orderby task.DueDate, task.Title
                select new { task.Id, task.Title, task.UnitId, task.DueDate, CampaignName = campaign.Name, CommitteeId = campaign.CommitteeId!.Value })
            .ToListAsync(cancellationToken);
        if (overdue.Count == 0)
        {
            return 0;
        }
        var members = await committees.GetMembersToNotifyAsync(
            overdue.Select(o => o.CommitteeId).Distinct(), today, CommitteePosition.Head, CommitteePosition.StandingDeputy);
        var unitNames = await units.GetNamesAsync(overdue.Select(o => o.UnitId).Distinct());
        var byAddress = members.SelectMany(m => m.Value.Select(r => (Committee: m.Key, Recipient: r)))
            .GroupBy(m => Reminder.NormalizeAddress(m.Recipient.Email));
        var queued = 0;
        foreach (var recipient in byAddress)
        {
            var ofCommittees = recipient.Select(m => m.Committee).ToHashSet();
            var items = overdue.Where(o => ofCommittees.Contains(o.CommitteeId)).ToList();
            var model = new OverdueDigestEmailModel(recipient.First().Recipient.Name, ReminderRunner.Display(week), items.Count,
                items.Take(MaxItems).Select(o => new OverdueDigestItem(unitNames.GetValueOrDefault(o.UnitId, ""), o.Title, o.CampaignName,
                    ReminderRunner.Display(o.DueDate), today.DayNumber - o.DueDate.DayNumber,
                    appUrls.Link("/Campaigns/Tasks/Details?id=" + o.Id))).ToList(),
                NotListed: Math.Max(0, items.Count - MaxItems), appUrls.Link("/Campaigns/Tasks?overdue=true"));
            queued += await QueueOnceAsync(recipient.First().Recipient.Email, l["Digest:Subject", items.Count, model.Week],
                CampaignsEmailTemplates.OverdueDigest, model, Key("committee", week, recipient.Key), cancellationToken);
        }
        return queued;
    }

    private async Task<int> ToAdminsAsync(DateOnly today, DateOnly week, CancellationToken cancellationToken)
    {
        var children = await rollup.PerChildAsync<TaskAssignment, int>(currentTenant.Id,
            async rows => await OverdueTasks.Of(rows, dbContext.Set<Campaign>(), today)
                .GroupBy(t => t.TenantId!.Value).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken),
            counts => counts.Sum());
        var late = children.Where(c => c.Figure > 0).OrderByDescending(c => c.Figure).ThenBy(c => c.Child.DisplayName).ToList();
        if (late.Count == 0)
        {
            return 0;
        }
        var admins = (await roles.GetActiveUsersInRoleAsync(DefaultRoleNames.Admin, cancellationToken))
            .Where(u => !string.IsNullOrWhiteSpace(u.Email)).DistinctBy(u => Reminder.NormalizeAddress(u.Email!));
        var queued = 0;
        foreach (var admin in admins)
        {
            var model = new ChildrenDigestEmailModel(UserData.DisplayNameOf(admin), ReminderRunner.Display(week), late.Count, children.Count,
                late.Select(c => new ChildOverdueCount(c.Child.DisplayName, c.Figure)).ToList(), appUrls.Link("/Campaigns/ReportingRates"));
            queued += await QueueOnceAsync(admin.Email!, l["Digest:ChildrenSubject", late.Count, children.Count, model.Week],
                CampaignsEmailTemplates.ChildrenDigest, model, Key("children", week, Reminder.NormalizeAddress(admin.Email!)), cancellationToken);
        }
        return queued;
    }

    /// <summary>Saved one by one: another server queuing the same digest meanwhile makes this one fail on the unique key, and it is skipped.</summary>
    private async Task<int> QueueOnceAsync(
        string to, string subject, string template, object model, string key, CancellationToken cancellationToken)
    {
        if (await emails.QueueAsync(to, subject, template, model, ReminderRunner.CultureName, key) is null)
        {
            return 0;
        }
        try
        {
            await dbContext.SaveChangesAsync(cancellationToken);
            return 1;
        }
        catch (DbUpdateException)
        {
            dbContext.ChangeTracker.Clear();
            return 0;
        }
    }

    /// <summary>The outbox's key of a digest: the address hashed, so any address fits the key's length.</summary>
    private string Key(string kind, DateOnly week, string address) =>
        $"reminder-digest/{kind}/{currentTenant.Id?.ToString() ?? "host"}/{week:yyyy-MM-dd}/"
        + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(address)));
}
