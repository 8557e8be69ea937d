using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Fundraising.Entities;
using Humanitarian.Fundraising.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Fundraising.Services.Reorganisation;

/// <summary>
/// Fundraising's part in a merger or dissolution. A fund, its donations, disbursements and ledger are the
/// predecessor's accounts: they stay its closed record, which the heir reads but cannot add to. Donors are
/// the heir's to keep working with, and pledges not yet fulfilled are open work: both move.
/// </summary>
public sealed class FundraisingReorganisationParticipant(
    IRepository<Fund, Guid> funds,
    IRepository<Donation, Guid> donations,
    IRepository<Donor, Guid> donors,
    IRepository<Pledge, Guid> pledges,
    IStringLocalizer<FundraisingResource> l) : ITenantReorganisationParticipant, ITransientDependency
{
    /// <summary>After Organization, Campaigns and Beneficiaries.</summary>
    public int Order => 50;

    public async Task<IReadOnlyList<TenantReorganisationLine>> ReorganiseAsync(TenantReorganisationContext context)
    {
        var source = context.Source.Id;
        var given = (await donations.GetQueryableAsync()).Where(d => d.PledgeId != null && !d.IsCancelled);
        var open = (await pledges.GetQueryableAsync())
            .Where(p => p.TenantId == source && given.Where(d => d.PledgeId == p.Id).Sum(d => d.Amount) < p.Amount);
        var movedPledges = await open.ExecuteUpdateAsync(u => u.SetProperty(p => p.TenantId, context.Heir.Id));
        var keptPledges = await (await pledges.GetQueryableAsync()).CountAsync(p => p.TenantId == source);
        var movedDonors = await (await donors.GetQueryableAsync()).Where(d => d.TenantId == source)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.TenantId, context.Heir.Id));
        return
        [
            Line(l["Reorganisation:Funds"], 0, await (await funds.GetQueryableAsync()).CountAsync(f => f.TenantId == source)),
            Line(l["Reorganisation:Donations"], 0, await (await donations.GetQueryableAsync()).CountAsync(d => d.TenantId == source)),
            Line(l["Reorganisation:Donors"], movedDonors, 0),
            Line(l["Reorganisation:Pledges"], movedPledges, keptPledges),
        ];
    }

    private TenantReorganisationLine Line(string subject, int moved, int kept) => new(l["Menu:Fundraising"], subject, moved, kept, []);
}
