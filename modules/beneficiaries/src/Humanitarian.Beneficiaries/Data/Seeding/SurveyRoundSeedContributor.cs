using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Campaigns.Tasks;
using Humanitarian.Framework.Data;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Beneficiaries.Data.Seeding;

// The rows of seeds/<tenant>/survey-rounds.json: a year's round gathers the campaign's survey tasks of
// that title and due date, which Campaigns' own seeding wrote from campaigns.json.
internal sealed record SurveyRoundSeed(int Year, DateOnly Deadline, string Title);

/// <summary>
/// The demo survey rounds, after Campaigns' seeding has written their tasks: only for a tenant with
/// no round yet, and only the rounds whose tasks are there.
/// </summary>
public sealed class SurveyRoundSeedContributor(
    DemoSeedFiles files, ITenantStore tenantStore, IRepository<SurveyRound, Guid> rounds, ICampaignTaskLookup taskLookup) : IDataSeedContributor
{
    /// <summary>After Campaigns' seeding (20), whose tasks the rounds follow.</summary>
    public int Order => 30;

    public async Task SeedAsync(DataSeedContext context)
    {
        if (!files.IsEnabled || context.TenantId is not { } tenantId || await tenantStore.FindAsync(tenantId) is not { } tenant)
        {
            return;
        }
        var rows = await files.ReadAsync<SurveyRoundSeed>(tenant.Name, "survey-rounds.json");
        if (rows.Count == 0 || await (await rounds.GetQueryableAsync()).AnyAsync())
        {
            return;
        }
        foreach (var row in rows)
        {
            var tasks = await taskLookup.FindAsync(row.Title, row.Deadline);
            if (tasks.Count == 0)
            {
                continue;
            }
            var round = new SurveyRound(Guid.NewGuid(), tasks[0].CampaignId, row.Year, row.Title, row.Deadline);
            foreach (var task in tasks)
            {
                round.Assign(task.UnitId, task.Id);
            }
            await rounds.InsertAsync(round, autoSave: true);
        }
    }
}
