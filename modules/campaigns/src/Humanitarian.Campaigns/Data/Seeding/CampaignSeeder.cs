using Humanitarian.Campaigns.Entities;
using Humanitarian.Campaigns.Services.Campaigns;
using Humanitarian.Campaigns.Tasks;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Documents;
using Humanitarian.Organization.Units;

namespace Humanitarian.Campaigns.Data.Seeding;

/// <summary>
/// One demo campaign with its targets, tasks and activities, made through the aggregates' own methods, so
/// the rules the API applies (period, due date inside a run, report lock, activity date) hold for demo data too.
/// </summary>
public sealed class CampaignSeeder(
    IAbpEfCoreDbContext dbContext, IUnitLookup units, ICommitteeLookup committees, IDocumentLookup documents, CampaignManager manager)
    : ITransientDependency
{
    internal async Task SeedAsync(CampaignSeed row)
    {
        var unitIds = await units.GetIdsByCodeAsync(UnitCodesOf(row));
        var campaign = new Campaign(Guid.NewGuid(), row.Name, row.Kind, row.Recurrence, row.StartDate, row.EndDate);
        campaign.Describe(row.Kind, row.Purposes, row.Committee is null ? null : await FindCommitteeAsync(row.Committee));
        campaign.SetParticipants((row.Participants ?? []).Select(code => Require(unitIds, code, "unit")));
        campaign.SetLegalBasis(await FindDocumentsAsync(row.LegalBasis ?? []));
        foreach (var theme in row.Themes ?? [])
        {
            campaign.SetTheme(theme.Year, theme.Theme);
        }
        var targets = (row.Targets ?? []).ToDictionary(t => t.Name,
            t => new CampaignTarget(Guid.NewGuid(), campaign.Id, t.Name, t.Metric, t.Goal, t.ActivityKind, t.Year));
        var reportDays = await manager.GetReportLockDaysAsync();
        var tasks = (row.Tasks ?? []).Select(t => ToTask(campaign, t, Require(unitIds, t.Unit, "unit"), targets, reportDays)).ToList();
        var activities = (row.Activities ?? []).Select(a => ToActivity(campaign, a, Require(unitIds, a.Unit, "unit"))).ToList();

        dbContext.Set<Campaign>().Add(campaign);
        dbContext.Set<CampaignTarget>().AddRange(targets.Values);
        dbContext.Set<TaskAssignment>().AddRange(tasks);
        dbContext.Set<CampaignActivity>().AddRange(activities);
        await dbContext.SaveChangesAsync();
    }

    private static TaskAssignment ToTask(
        Campaign campaign, TaskSeed row, Guid unitId, IReadOnlyDictionary<string, CampaignTarget> targets, int reportDays)
    {
        var year = campaign.RunOfDueDate(row.DueDate, row.Year, reportDays);
        var task = new TaskAssignment(Guid.NewGuid(), campaign.Id, year, unitId, row.Title, row.Description, row.DueDate);
        if (row.Submitted is not { } submitted)
        {
            return task;
        }
        var figures = (row.Figures ?? []).Select(f => (Require(targets, f.Target, "target").Id, f.Value));
        // The report came in the past, before the run's report lock: the same lock the API applies.
        task.Submit(row.ReportNote, figures, DateTime.SpecifyKind(submitted, DateTimeKind.Utc), campaign.ReportLockDate(year, reportDays));
        var review = row.Review;
        if (review?.Outcome == TaskAssignmentStatus.Accepted)
        {
            task.Accept(review.Comment, null, DateTime.SpecifyKind(review.Time, DateTimeKind.Utc));
        }
        else if (review?.Outcome == TaskAssignmentStatus.Returned)
        {
            task.Return(review.Comment, null, DateTime.SpecifyKind(review.Time, DateTimeKind.Utc));
        }
        return task;
    }

    private static CampaignActivity ToActivity(Campaign campaign, ActivitySeed row, Guid unitId)
    {
        campaign.CheckActivityDate(row.Date);
        var activity = new CampaignActivity(Guid.NewGuid(), campaign.Id, unitId);
        activity.Describe(row.Kind, row.Date, row.Title, row.Place, row.Participants, row.AmountRaised, row.Note);
        return activity;
    }

    private async Task<Guid> FindCommitteeAsync(string name) =>
        await committees.FindByNameAsync(name) ?? throw Unknown("committee", name);

    private async Task<List<Guid>> FindDocumentsAsync(IEnumerable<string> numbers)
    {
        var ids = new List<Guid>();
        foreach (var number in numbers)
        {
            ids.Add(await documents.FindCitableByNumberAsync(number) ?? throw Unknown("document", number));
        }
        return ids;
    }

    private static IEnumerable<string> UnitCodesOf(CampaignSeed row) =>
        (row.Participants ?? []).Concat((row.Tasks ?? []).Select(t => t.Unit)).Concat((row.Activities ?? []).Select(a => a.Unit));

    private static TValue Require<TValue>(IReadOnlyDictionary<string, TValue> byKey, string key, string what) =>
        byKey.TryGetValue(key, out var value) ? value : throw Unknown(what, key);

    private static InvalidOperationException Unknown(string what, string key) => new($"Seed data names an unknown {what} '{key}'.");
}
