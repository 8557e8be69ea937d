using Humanitarian.Campaigns.Reminders;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Fundraising.Entities;
using Humanitarian.Fundraising.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Fundraising.Services.Pledges;

/// <summary>
/// Pledges as dues for Campaigns' reminder policy: one with a collecting unit and an instalment not yet
/// covered is that unit's to collect, so its contacts are reminded — never the donor. The day reminded of is
/// the first instalment not covered; what is asked for is what should have come in by then.
/// </summary>
public sealed class PledgeDues(
    IRepository<Pledge, Guid> pledges,
    IRepository<Donation, Guid> donations,
    IRepository<Fund, Guid> funds,
    IRepository<Donor, Guid> donors,
    ICurrentTenant currentTenant,
    IStringLocalizer<FundraisingResource> l) : IUnitDueSource, ITransientDependency
{
    public async Task<IReadOnlyList<UnitDue>> GetOwedAsync(DateOnly lastDueDate)
    {
        var given = (await donations.GetQueryableAsync()).Where(d => d.PledgeId != null && !d.IsCancelled);
        // The tenant's own (a predecessor's pledges were moved, or are its closed record), not yet fulfilled.
        var open = await (await pledges.GetQueryableAsync()).AsNoTracking()
            .Where(p => p.TenantId == currentTenant.Id && p.CollectingUnitId != null && p.Instalments.Any(i => i.DueDate <= lastDueDate))
            .Select(p => new { Pledge = p, Given = given.Where(d => d.PledgeId == p.Id).Sum(d => (long?)d.Amount) ?? 0 })
            .Where(p => p.Given < p.Pledge.Amount)
            .ToListAsync();
        if (open.Count == 0)
        {
            return [];
        }
        var fundIds = open.Select(p => p.Pledge.FundId).Distinct().ToList();
        var donorIds = open.Select(p => p.Pledge.DonorId).Distinct().ToList();
        var fundNames = await (await funds.GetQueryableAsync()).Where(f => fundIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => f.Name);
        var donorNames = await (await donors.GetQueryableAsync()).Where(d => donorIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name);
        var dues = new List<UnitDue>();
        foreach (var (pledge, fulfilled) in open.Select(p => (p.Pledge, p.Given)))
        {
            if (pledge.NextDueDate(fulfilled) is { } day && day <= lastDueDate)
            {
                var owed = pledge.AmountDueBy(day) - fulfilled;
                dues.Add(new UnitDue(pledge.Id, pledge.CollectingUnitId!.Value,
                    l["Pledge:ReminderTitle", donorNames.GetValueOrDefault(pledge.DonorId, ""), Vnd.Format(owed)],
                    fundNames.GetValueOrDefault(pledge.FundId, ""), day, $"/Fundraising/Pledges/Edit/{pledge.Id}"));
            }
        }
        return dues;
    }
}
