using Humanitarian.Campaigns.Entities;
using Humanitarian.Campaigns.Localization;
using Humanitarian.Framework.Content;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Emailing;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Organization.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Campaigns.Services.Reorganisation;

/// <summary>
/// Campaigns' part in a merger or dissolution. A running campaign (draft or active) is open work: the heir
/// carries it on, with its targets, activities and tasks — its reports included. A closed or summarised
/// campaign is the source's record: it stays, and the heir reads it as "(cũ)". Runs after Organization,
/// whose unit destinations say where a task's unit went.
/// </summary>
public sealed class CampaignsReorganisationParticipant(
    IRepository<Campaign, Guid> campaigns,
    IRepository<CampaignTarget, Guid> targets,
    IRepository<TaskAssignment, Guid> tasks,
    IRepository<CampaignActivity, Guid> activities,
    IRepository<CampaignSummary, Guid> summaries,
    IRepository<TaskReportAttachmentContent, Guid> taskFiles,
    IRepository<ActivityAttachmentContent, Guid> activityFiles,
    IRepository<Reminder, Guid> reminders,
    IAbpEfCoreDbContext dbContext,
    IUnitReorganisationDestinations unitDestinations,
    IStringLocalizer<CampaignsResource> l) : ITenantReorganisationParticipant, ITransientDependency
{
    public int Order => 30;

    public async Task<IReadOnlyList<TenantReorganisationLine>> ReorganiseAsync(TenantReorganisationContext context)
    {
        var all = await (await campaigns.GetQueryableAsync())
            .Include(c => c.Participants).Include(c => c.LegalBasis).Include(c => c.Themes).AsSplitQuery().ToListAsync();
        var running = all.Where(c => c.IsOpen).ToList();
        var runningIds = running.Select(c => c.Id).ToList();
        var heir = context.Heir.Id;
        foreach (var campaign in running)
        {
            campaign.TenantId = heir;
            campaign.Participants.ToList().ForEach(p => p.TenantId = heir);
            campaign.LegalBasis.ToList().ForEach(b => b.TenantId = heir);
            campaign.Themes.ToList().ForEach(t => t.TenantId = heir);
        }
        var movingTargets = await (await targets.GetQueryableAsync()).Where(t => runningIds.Contains(t.CampaignId)).ToListAsync();
        movingTargets.ForEach(t => t.TenantId = heir);
        var movingActivities = await (await activities.GetQueryableAsync()).Include(a => a.Attachments)
            .Where(a => runningIds.Contains(a.CampaignId)).AsSplitQuery().ToListAsync();
        foreach (var activity in movingActivities)
        {
            activity.TenantId = heir;
            activity.Attachments.ToList().ForEach(a => a.TenantId = heir);
        }
        await MoveContentsAsync(activityFiles, movingActivities.SelectMany(a => a.Attachments).Select(a => a.Id).ToList(), heir);
        // A recurring campaign's runs summarised so far go on with it.
        var movingSummaries = await (await summaries.GetQueryableAsync()).Where(s => runningIds.Contains(s.CampaignId)).ToListAsync();
        movingSummaries.ForEach(s => s.TenantId = heir);
        var movingTasks = await (await tasks.GetQueryableAsync()).Include(t => t.Figures).Include(t => t.Attachments)
            .Where(t => runningIds.Contains(t.CampaignId)).AsSplitQuery().ToListAsync();
        foreach (var task in movingTasks)
        {
            task.TenantId = heir;
            task.Figures.ToList().ForEach(f => f.TenantId = heir);
            task.Attachments.ToList().ForEach(a => a.TenantId = heir);
        }
        await MoveContentsAsync(taskFiles, movingTasks.SelectMany(t => t.Attachments).Select(a => a.Id).ToList(), heir);
        await MoveRemindersAsync(movingTasks.Select(t => t.Id).ToList(), heir);
        var keptIds = all.Where(c => !c.IsOpen).Select(c => c.Id).ToList();
        var keptTasks = await (await tasks.GetQueryableAsync()).CountAsync(t => keptIds.Contains(t.CampaignId));
        return
        [
            Line(l["Reorganisation:Campaigns"], running.Count, all.Count - running.Count, []),
            Line(l["Reorganisation:Tasks"], movingTasks.Count, keptTasks, ElsewhereNotes(context, movingTasks)),
            Line(l["Reorganisation:Activities"], movingActivities.Count,
                await (await activities.GetQueryableAsync()).CountAsync(a => keptIds.Contains(a.CampaignId)), []),
        ];
    }

    /// <summary>Files' bytes move in the database, never through memory (a campaign may hold gigabytes of reports).</summary>
    private static async Task MoveContentsAsync<TContent>(IRepository<TContent, Guid> contents, List<Guid> ids, Guid heir)
        where TContent : FileAttachmentContent
    {
        foreach (var chunk in ids.Chunk(500))
        {
            await (await contents.GetQueryableAsync()).Where(c => chunk.Contains(c.Id))
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.TenantId, heir));
        }
    }

    /// <summary>
    /// A moving task's reminders go with it, and so do their e-mails: the heir's history shows what was
    /// sent, its unique keys keep the heir's runs from sending those steps again, and a message still
    /// queued goes out through the heir's server (the source's is gone with it).
    /// </summary>
    private async Task MoveRemindersAsync(List<Guid> taskIds, Guid heir)
    {
        foreach (var chunk in taskIds.Select(id => (Guid?)id).Chunk(500))
        {
            var ofChunk = (await reminders.GetQueryableAsync()).Where(r => chunk.Contains(r.TaskAssignmentId));
            var messageIds = ofChunk.Select(r => r.EmailMessageId);
            await dbContext.Set<EmailMessage>().Where(m => messageIds.Contains(m.Id))
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.TenantId, heir));
            await ofChunk.ExecuteUpdateAsync(u => u.SetProperty(r => r.TenantId, heir));
        }
    }

    /// <summary>A running campaign stays whole with the heir; a task whose unit went to another successor says so.</summary>
    private IReadOnlyList<string> ElsewhereNotes(TenantReorganisationContext context, List<TaskAssignment> moving) =>
        moving.Select(t => unitDestinations.DestinationOf(context, t.UnitId)).Where(d => d.Id != context.Heir.Id)
            .GroupBy(d => d.DisplayName)
            .Select(g => l["Reorganisation:TasksOfUnitsElsewhere", g.Count(), g.Key, context.Heir.DisplayName].Value).ToList();

    private TenantReorganisationLine Line(string subject, int moved, int kept, IReadOnlyList<string> notes) =>
        new(l["Menu:Campaigns"], subject, moved, kept, notes);
}
